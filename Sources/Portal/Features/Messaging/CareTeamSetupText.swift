import PortalCore

/// What the care team setup pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `CareTeamSetupText+English.swift` and
/// `CareTeamSetupText+Spanish.swift`; pages read them in both through `Strings.careTeamSetup`.
struct CareTeamSetupText: Sendable {
    let title: String
    let intro: String
    let add: String
    let create: String
    let save: String
    let saved: String
    let settings: String
    let members: String
    let noMembers: String
    let addMember: String
    let addButton: String
    let remove: String
    let removeNamed: @Sendable (String) -> String
    let memberCount: @Sendable (Int) -> String
    let nameEnglish: String
    let nameSpanish: String
    let kind: String
    let kindTeam: String
    let kindHIM: String
    let responseDays: String
    let digest: String
    let namesNeeded: String
    let daysNeeded: String
    let kindNeeded: String
    let nameTaken: String
    let confidential: String
    let confidentialHint: String
    let categoryUnknown: String
}

extension Strings {
    static let careTeamSetup = Translated(english: CareTeamSetupText.english, spanish: CareTeamSetupText.spanish)
}
