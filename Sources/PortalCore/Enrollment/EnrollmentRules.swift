import Foundation

/// Who is asking for a portal account.
public enum Applicant: String, Sendable, CaseIterable {
    case parent
    case legalGuardian = "legal_guardian"
    case patient

    /// The relationship the account will have to the patient once approved.
    public var relationship: Relationship {
        switch self {
        case .parent: .parent
        case .legalGuardian: .legalGuardian
        case .patient: .self
        }
    }
}

/// The identity documents HIM accepts with a request.
public enum IdentificationType: String, Sendable, CaseIterable {
    case driversLicense = "drivers_license"
    case learnersPermit = "learners_permit"
    case passport
    case militaryID = "military_id"
    case otherGovernmentPhotoID = "other_government_photo_id"
    case organizationPhotoID = "organization_photo_id"
    case birthCertificate = "birth_certificate"
    case socialSecurityCard = "social_security_card"
    case insuranceCard = "insurance_card"

    public var isGovernmentPhotoID: Bool {
        switch self {
        case .driversLicense, .learnersPermit, .passport, .militaryID, .otherGovernmentPhotoID: true
        case .organizationPhotoID, .birthCertificate, .socialSecurityCard, .insuranceCard: false
        }
    }
}

/// The enrollment form's rules, on the patient's age today in the hospital's time zone.
public enum EnrollmentRules {
    public enum Refusal: Sendable, Equatable {
        /// A child under 12 cannot hold an account; a parent or guardian applies.
        case tooYoungToApply
        /// Parents' access ends at 18; anything more is a special circumstance for HIM.
        case adultNeedsSpecialCircumstance
    }

    public static func refusal(for applicant: Applicant, patientAge age: Int) -> Refusal? {
        switch applicant {
        case .patient: age < AgeBand.adolescentFrom ? .tooYoungToApply : nil
        case .parent, .legalGuardian: age >= AgeBand.adultFrom ? .adultNeedsSpecialCircumstance : nil
        }
    }

    /// An adolescent applying for their own account may show any document on the wider list;
    /// parents, guardians and adult patients show a government-issued photo ID.
    public static func acceptedIdentification(for applicant: Applicant, patientAge age: Int) -> [IdentificationType] {
        let wider = applicant == .patient && AgeBand(age: age) == .adolescent
        return IdentificationType.allCases.filter { wider || $0.isGovernmentPhotoID }
    }

    /// The oldest date of birth the form believes.
    public static let oldestAge = 120

    public enum BirthDateProblem: Error, Sendable, Equatable { case unreadable, inTheFuture, tooLongAgo }

    public static func checkBirthDate(_ text: String, today: LocalDate) -> Result<LocalDate, BirthDateProblem> {
        guard let date = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else { return .failure(.unreadable) }
        if date > today { return .failure(.inTheFuture) }
        if date < today.adding(years: -oldestAge) { return .failure(.tooLongAgo) }
        return .success(date)
    }

    /// Five digits, or ZIP+4 written 12345-6789; returns the five-digit code.
    public static func zipCode(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 5, first.allSatisfy(\.isASCIIDigit) else { return nil }
        if parts.count == 1 { return String(first) }
        guard parts.count == 2, parts[1].count == 4, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
        return String(first)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
