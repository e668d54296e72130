import PortalCore

/// What the dev mailbox pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `DevMailboxText+English.swift` and
/// `DevMailboxText+Spanish.swift`; pages read them in both through `Strings.devMailbox`.
struct DevMailboxText: Sendable {
    let title: String
    let intro: String
    let empty: String
    let to: String
    let date: String
    let openLink: String
    let showText: String
}

extension Strings {
    static let devMailbox = Translated(english: DevMailboxText.english, spanish: DevMailboxText.spanish)
}
