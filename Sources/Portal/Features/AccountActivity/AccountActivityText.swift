import PortalCore

/// What the account activity pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `AccountActivityText+English.swift` and
/// `AccountActivityText+Spanish.swift`; pages read them in both through `Strings.accountActivity`.
struct AccountActivityText: Sendable {
    let title: String
    let link: String
    let intro: String
    let notMeHeading: String
    let notMeIntro: String
    let notMe: String
    let reportedThanks: String
    let contact: @Sendable (HospitalContact) -> String
    let none: String
    let newestFirst: String
    let when: String
    let what: String
    let fromWhere: String
    let device: @Sendable (String, String) -> String
    let sessionsHeading: String
    let sessionsIntro: String
    let thisBrowser: String
    let unknownDevice: String
    let signedInAt: @Sendable (String) -> String
    let lastActive: @Sendable (String) -> String
    let signOutSession: @Sendable (String) -> String
    let sessionEnded: String
    let describe: @Sendable (AuditEntry.Action, AuditEntry.Outcome, String?, Bool) -> String
    /// A connected app's use of a record: `patientName` is nil when the member no longer sees it.
    let describeApp: @Sendable (AuditEntry.Action, AuditEntry.Outcome, AppUse) -> String

    struct AppUse: Sendable {
        let app: String
        let patientName: String?
        let times: Int
    }
}

extension Strings {
    static let accountActivity = Translated(english: AccountActivityText.english, spanish: AccountActivityText.spanish)
}
