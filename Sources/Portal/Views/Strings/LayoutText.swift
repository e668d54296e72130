import PortalCore

/// What the frame around every page says, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `LayoutText+English.swift` and
/// `LayoutText+Spanish.swift`; pages read them in both through `Strings.layout`.
struct LayoutText: Sendable {
    let chooseOne: String
    let page: @Sendable (Int, Int) -> String
    let skipToContent: String
    let accountNavigation: String
    /// The phone header's button that opens the account, record, language and sign-out links.
    let menu: String
    let signedInAs: String
    let viewingRecordOf: String
    let signOut: String
    let switchRecord: String
    let account: String
    let home: String
    let switchLanguage: String
    let switchLanguageLabel: String
    let emergency: String
    let idleNotice: @Sendable (Int) -> String
    let idleWarning: String
    let staySignedIn: String
    let appName: @Sendable (String) -> String
    let appShortName: String
    let appDescription: String
}

extension Strings {
    static let layout = Translated(english: LayoutText.english, spanish: LayoutText.spanish)
}
