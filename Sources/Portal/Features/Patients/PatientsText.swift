import PortalCore

/// What the patients pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `PatientsText+English.swift` and
/// `PatientsText+Spanish.swift`; pages read them in both through `Strings.patients`.
struct PatientsText: Sendable {
    let dateOfBirth: String
    let age: String
    let legalName: String
    let recordNumber: String
    let inThisRecord: String
    let documents: String
    let section: @Sendable (LocalizedText, Int) -> String
    let newCount: @Sendable (Int) -> String
    let yourAccess: String
    let limitedExplanation: String
    let fullExplanation: String
    let ownExplanation: String
    let specialExplanation: String
    let authorizationExplanation: String
    let questions: String
}

extension Strings {
    static let patients = Translated(english: PatientsText.english, spanish: PatientsText.spanish)
}
