import PortalCore

/// What the saved replies pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `SavedRepliesText+English.swift` and
/// `SavedRepliesText+Spanish.swift`; pages read them in both through `Strings.savedReplies`.
struct SavedRepliesText: Sendable {
    let titleFor: @Sendable (String) -> String
    let intro: String
    let none: String
    let add: String
    let name: String
    let text: String
    let placeholderHint: String
    let save: String
    let delete: String
    let deleteNamed: @Sendable (String) -> String
    let titleProblem: String
    let notSaved: String
}

extension Strings {
    static let savedReplies = Translated(english: SavedRepliesText.english, spanish: SavedRepliesText.spanish)
}
