import PortalCore

/// What the member tools pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `MemberToolsText+English.swift` and
/// `MemberToolsText+Spanish.swift`; pages read them in both through `Strings.memberTools`.
struct MemberToolsText: Sendable {
    let active: String
    let closed: String
    let deactivatedBy: @Sendable (String, String, String) -> String
    let reported: @Sendable (String) -> String
    let closeReports: String
    let reportsClosedNotice: String
    let accessHeading: String
    let noGrants: String
    let deactivateHeading: String
    let deactivateIntro: String
    let reason: String
    let reasonRequired: String
    let reasonTooLong: String
    let deactivate: String
    let deactivatedNotice: String
    let reinviteHeading: String
    let reinviteIntro: String
    let newEmail: String
    let newEmailHint: String
    let reinvite: String
    let invitedNotice: String
    let deactivateFirst: String
    let nothingToCarryOver: String
    let lockedHeading: String
    let lockedIntro: @Sendable (String) -> String
    let unlock: String
    let unlockedNotice: String
}

extension Strings {
    static let memberTools = Translated(english: MemberToolsText.english, spanish: MemberToolsText.spanish)
}
