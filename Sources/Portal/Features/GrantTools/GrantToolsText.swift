import PortalCore

/// What the grant tools pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `GrantToolsText+English.swift` and
/// `GrantToolsText+Spanish.swift`; pages read them in both through `Strings.grantTools`.
struct GrantToolsText: Sendable {
    let searchTitle: String
    let searchLabel: String
    let search: String
    let noMatches: String
    let searchTooShort: String
    let endedAtEighteenTitle: String
    let noneEnded: String
    let endedOn: @Sendable (String) -> String
    let accessHeading: String
    let noGrants: String
    let account: String
    let relationship: String
    let kind: String
    let dates: String
    let status: String
    let recordedBy: String
    let reason: String
    let document: String
    let openDocument: String
    let enrollment: String
    let courtOrdered: String
    let from: @Sendable (String, String?) -> String
    let relationshipName: @Sendable (Relationship) -> String
    let kindName: @Sendable (GrantKind) -> String
    let revokedBy: String
    let revoke: String
    let revokeReason: String
    let revokeReasonRequired: String
    let revoked: String
    let added: String
    let addHeading: String
    let addIntro: String
    let memberEmail: String
    let firstDay: String
    let lastDay: String
    let dateHint: String
    let courtOrderedLabel: String
    let documentHint: String
    let record: String
    let inviteHeading: String
    let inviteIntro: String
    let inviteEmail: String
    let sendInvitation: String
    let invited: String
    let inviteProblem: @Sendable (Invitations.Problem) -> String
    let invitationState: @Sendable (InvitationRules.State) -> String
    /// A grant's standing today, with the day it starts or ended.
    let grantStatus: @Sendable (GrantStatus) -> String
    /// What is wrong with one field of the special circumstance form.
    let specialCircumstanceProblem: @Sendable (SpecialCircumstanceProblem) -> String
    /// A stored grant's relationship or kind the portal cannot read: shown, never guessed.
    let unreadable: String
}

extension Strings {
    static let grantTools = Translated(english: GrantToolsText.english, spanish: GrantToolsText.spanish)
}
