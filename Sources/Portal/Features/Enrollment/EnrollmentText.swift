import PortalCore

/// What the enrollment pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `EnrollmentText+English.swift` and
/// `EnrollmentText+Spanish.swift`; pages read them in both through `Strings.enrollment`.
struct EnrollmentText: Sendable {
    let title: String
    let signInLink: String
    let intro: String
    let fixAndResend: String
    let whoHeading: String
    let applicant: String
    let applicantName: @Sendable (Applicant) -> String
    let patientHeading: String
    let patientName: String
    let patientNameHint: String
    let birthDate: String
    let birthDateHint: String
    let zip: String
    let recordNumber: String
    let recordNumberHint: String
    let youHeading: String
    let yourName: String
    let yourEmail: String
    let emailHint: String
    let yourPhone: String
    let identificationHeading: String
    let identificationType: String
    let identificationHint: String
    let identificationName: @Sendable (IdentificationType) -> String
    let document: String
    let documentHint: String
    let documentAgainHint: String
    let twoBusinessDays: String
    let send: String
    let receivedTitle: String
    let received: String
    let receivedNext: String
    let contactHIM: @Sendable (HospitalContact) -> String
    /// What is wrong with one answer of the form, next to its field.
    let problem: @Sendable (EnrollmentProblem) -> String
}

extension Strings {
    static let enrollment = Translated(english: EnrollmentText.english, spanish: EnrollmentText.spanish)
}
