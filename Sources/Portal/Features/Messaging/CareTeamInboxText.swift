import PortalCore

/// What the care team inbox pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `CareTeamInboxText+English.swift` and
/// `CareTeamInboxText+Spanish.swift`; pages read them in both through `Strings.careTeamInbox`.
struct CareTeamInboxText: Sendable {
    let title: String
    let intro: String
    let noCareTeams: String
    let waitingSummary: @Sendable (Int, Int) -> String
    let responseTime: @Sendable (Int) -> String
    let open: String
    let done: String
    let patient: String
    let subject: String
    let waited: String
    let assignee: String
    let answered: String
    let noThreads: String
    let businessDays: @Sendable (Int) -> String
    let waitedFor: @Sendable (Int) -> String
    let late: String
    let allCareTeams: String
    let newer: String
    let older: String
    let pages: String
    let patientBanner: String
    let age: @Sendable (Int) -> String
    let openRecord: String
    let startedBy: @Sendable (String) -> String
    let writer: @Sendable (String, LocalizedText) -> String
    let relationship: @Sendable (Relationship?) -> String
    /// Who reads the thread besides the care team, so a reply is written for them.
    let readBy: @Sendable (ThreadAudience) -> String
    let assignedTo: @Sendable (String) -> String
    let unassigned: String
    let checkFirst: String
    let activeMedications: String
    let allergies: String
    let noneRecorded: String
    let controls: String
    let assignTo: String
    let nobody: String
    let assign: String
    let moveTo: String
    let move: String
    let markDone: String
    let reopen: String
    let restrict: String
    let liftRestriction: String
    let restrictExplanation: String
    let restrictedBecause: @Sendable (String) -> String
    let patientTeamsHeading: String
    let patientTeamsLegend: String
    let patientTeamsHint: String
    let saveTeams: String
    let teamsSaved: String
    let savedReplies: String
    let movedWhileTyping: String
    let notInCareTeam: String
    let changed: String
    let invalidChange: String
    let reasonNeeded: String
}

extension Strings {
    static let careTeamInbox = Translated(english: CareTeamInboxText.english, spanish: CareTeamInboxText.spanish)
}
