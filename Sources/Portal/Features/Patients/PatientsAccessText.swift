import PortalCore

/// What the pages say about who has access to a patient, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `PatientsAccessText+English.swift` and
/// `PatientsAccessText+Spanish.swift`; pages read them in both through `Strings.patientsAccess`.
struct PatientsAccessText: Sendable {
    let own: String
    let staff: String
    let relationship: @Sendable (Relationship) -> String
    let limited: @Sendable (LocalizedText) -> String
    let special: @Sendable (GrantKind, LocalDate?) -> String
}

extension Strings {
    static let patientsAccess = Translated(english: PatientsAccessText.english, spanish: PatientsAccessText.spanish)
}
