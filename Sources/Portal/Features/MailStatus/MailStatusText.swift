import PortalCore

/// What the mail status pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `MailStatusText+English.swift` and
/// `MailStatusText+Spanish.swift`; pages read them in both through `Strings.mailStatus`.
struct MailStatusText: Sendable {
    let title: String
    let intro: @Sendable (Int) -> String
    let allDelivered: String
    let queued: String
    let attempts: String
    let lastError: String
    let state: String
    let gaveUp: String
    let retrying: @Sendable (String) -> String
    let sendAgain: String
    let requeued: String
}

extension Strings {
    static let mailStatus = Translated(english: MailStatusText.english, spanish: MailStatusText.spanish)
}
