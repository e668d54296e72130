import Foundation
import PortalCore
import Vapor

/// The public enrollment form as posted (multipart, with the identity document). Every field
/// is optional here so that any post, however broken, is answered with messages.
struct EnrollmentForm: Content {
    var applicant: String?
    var patientName: String?
    var patientBirthDate: String?
    var patientZIP: String?
    var patientRecordNumber: String?
    var applicantName: String?
    var applicantEmail: String?
    var applicantPhone: String?
    var identificationType: String?
    var document: File?
    var submissionKey: String?

    enum CodingKeys: String, CodingKey {
        case applicant, patientName = "patient_name", patientBirthDate = "patient_birth_date", patientZIP = "patient_zip"
        case patientRecordNumber = "patient_record_number", applicantName = "applicant_name"
        case applicantEmail = "applicant_email", applicantPhone = "applicant_phone"
        case identificationType = "identification_type", document, submissionKey = "submission_key"
    }

    static let nameMaxLength = 200

    /// What the form shows again after a refusal: the text as typed, cut to a sane length.
    var echoed: EnrollmentPage.Values {
        let cut = { (text: String?, limit: Int) in String((text ?? "").prefix(limit)) }
        return EnrollmentPage.Values(
            applicant: cut(applicant, 20), patientName: cut(patientName, Self.nameMaxLength),
            patientBirthDate: cut(patientBirthDate, 20), patientZIP: cut(patientZIP, 20),
            patientRecordNumber: cut(patientRecordNumber, 20), applicantName: cut(applicantName, Self.nameMaxLength),
            applicantEmail: cut(applicantEmail, 254), applicantPhone: cut(applicantPhone, 30),
            identificationType: cut(identificationType, 40), submissionKey: cut(submissionKey, 64))
    }

    /// A request ready to save, or every problem with the form at once.
    func check(today: LocalDate, vault: DocumentVault) -> Result<CheckedEnrollment, EnrollmentProblems> {
        var problems: [EnrollmentProblem] = []
        let applicant = Applicant(rawValue: applicant ?? "")
        if applicant == nil { problems.append(.chooseApplicant) }
        let patientName = Self.personName(patientName, missing: .patientNameMissing, invalid: .patientNameInvalid, &problems)
        let applicantName = Self.personName(
            applicantName, missing: .applicantNameMissing, invalid: .applicantNameInvalid, &problems)

        var birthDate: LocalDate?
        switch EnrollmentRules.checkBirthDate(patientBirthDate ?? "", today: today) {
        case .success(let date): birthDate = date
        case .failure(let problem): problems.append(.birthDate(problem))
        }
        let zip = EnrollmentRules.zipCode(patientZIP ?? "")
        if zip == nil { problems.append(.zipInvalid) }
        let recordNumber = (patientRecordNumber ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        if !recordNumber.isEmpty,
            !(recordNumber.count <= 20 && recordNumber.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            problems.append(.recordNumberInvalid)
        }
        let email = (applicantEmail ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if !MailMessage.isSafeAddress(email) { problems.append(.emailInvalid) }
        let phone = PhoneNumber(applicantPhone ?? "")?.text
        if phone == nil { problems.append(.phoneInvalid) }

        let identification = IdentificationType(rawValue: identificationType ?? "")
        if identification == nil { problems.append(.chooseIdentification) }
        if let applicant, let birthDate {
            let age = Age.years(bornOn: birthDate, on: today)
            if let refusal = EnrollmentRules.refusal(for: applicant, patientAge: age) {
                problems.append(.ageRule(refusal))
            } else if let identification,
                !EnrollmentRules.acceptedIdentification(for: applicant, patientAge: age).contains(identification)
            {
                problems.append(.identificationNeedsGovernmentPhotoID)
            }
        }

        var sealed: StoredDocument?
        if let file = document, file.data.readableBytes > 0 {
            do {
                sealed = try vault.seal(Array(buffer: file.data), purpose: .identityDocument)
            } catch let refusal as DocumentVault.Refusal {
                problems.append(.upload(refusal))
            } catch {
                problems.append(.upload(.unreadableImage))
            }
        } else {
            problems.append(.upload(.empty))
        }

        guard problems.isEmpty, let applicant, let patientName, let applicantName, let birthDate, let zip, let phone,
            let identification, let sealed
        else { return .failure(EnrollmentProblems(all: problems)) }
        return .success(
            CheckedEnrollment(
                applicant: applicant, patientName: patientName, birthDate: birthDate, zip: zip,
                recordNumber: recordNumber.isEmpty ? nil : recordNumber, applicantName: applicantName, email: email,
                phone: phone, identification: identification, document: sealed))
    }

    /// Letters (any script), spaces, hyphens, apostrophes, periods and commas: every real
    /// name, and no markup or SQL.
    private static func personName(
        _ text: String?, missing: EnrollmentProblem, invalid: EnrollmentProblem, _ problems: inout [EnrollmentProblem]
    ) -> String? {
        let name = (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty else {
            problems.append(missing)
            return nil
        }
        let allowed = name.unicodeScalars.allSatisfy {
            CharacterSet.letters.contains($0) || CharacterSet.nonBaseCharacters.contains($0)
                || " -'’.,".unicodeScalars.contains($0)
        }
        guard allowed, name.count <= nameMaxLength, name.contains(where: \.isLetter) else {
            problems.append(invalid)
            return nil
        }
        return name
    }
}

/// An enrollment request that passed every check, with its document already sealed.
struct CheckedEnrollment: Sendable {
    var applicant: Applicant
    var patientName: String
    var birthDate: LocalDate
    var zip: String
    var recordNumber: String?
    var applicantName: String
    var email: String
    var phone: String
    var identification: IdentificationType
    var document: StoredDocument
}

struct EnrollmentProblems: Error, Sendable {
    var all: [EnrollmentProblem]

    func message(for field: String, _ language: Language) -> String? {
        let messages = all.filter { $0.field == field }.map { $0.message(language) }
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}
