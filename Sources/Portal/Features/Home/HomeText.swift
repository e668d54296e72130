import PortalCore

/// What the home pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `HomeText+English.swift` and
/// `HomeText+Spanish.swift`; pages read them in both through `Strings.home`.
struct HomeText: Sendable {
    let nextAppointment: @Sendable (String) -> String
    let memberTitle: String
    let patientsHeading: String
    let noPatients: String
    let age: @Sendable (Int) -> String
    let adulthoodForParent: @Sendable (String, String) -> String
    let adulthoodForPatient: @Sendable (String) -> String
    let accessEnded: @Sendable (String) -> String
    let staffTitle: String
    let staffTools: String
    let manageAccess: String
    let auditTrail: String
    let staffNothingYet: String
    let role: @Sendable (StaffRole) -> String
}

extension Strings {
    static let home = Translated(english: HomeText.english, spanish: HomeText.spanish)
}
