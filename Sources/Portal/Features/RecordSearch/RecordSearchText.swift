import PortalCore

/// What the record search pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `RecordSearchText+English.swift` and
/// `RecordSearchText+Spanish.swift`; pages read them in both through `Strings.recordSearch`.
struct RecordSearchText: Sendable {
    let title: String
    let intro: String
    let label: String
    let search: String
    let tooShort: String
    let none: String
}

extension Strings {
    static let recordSearch = Translated(english: RecordSearchText.english, spanish: RecordSearchText.spanish)
}
