import PortalCore

/// What the health lists pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `HealthListsText+English.swift` and
/// `HealthListsText+Spanish.swift`; pages read them in both through `Strings.healthLists`.
struct HealthListsText: Sendable {
    let medications: String
    let allergies: String
    let immunizations: String
    let medicationsFor: @Sendable (String) -> String
    let allergiesFor: @Sendable (String) -> String
    let immunizationsFor: @Sendable (String) -> String
    let current: String
    let past: String
    let noMedications: String
    let noAllergies: String
    let noImmunizations: String
    let dose: String
    let instructions: String
    let prescriber: String
    let started: String
    let refills: String
    let pharmacy: String
    let medicationStatus: @Sendable (String) -> String
    let kind: String
    let reactions: String
    let severity: String
    let recorded: String
    let highRisk: String
    let allergyType: @Sendable (String?) -> String?
    let severityText: @Sendable (String) -> String
    let allergyStatus: @Sendable (String) -> String
    let vaccine: String
    let dateGiven: String
    let doseNumber: String
    let site: String
    let dosesGiven: String
    let lot: String
    let doseOf: @Sendable (String, Int?) -> String
    let notGiven: String
    let printRecord: String
    let printSummary: String
    let confidential: String
    // Print views
    let healthSummary: String
    let immunizationRecord: String
    let patient: String
    let dateOfBirth: String
    let printedOn: String
    let issuedBy: String
    let printHint: String
    let printButton: String
    let recordStatement: @Sendable (String) -> String
    let noneActive: String
}

extension Strings {
    static let healthLists = Translated(english: HealthListsText.english, spanish: HealthListsText.spanish)
}
