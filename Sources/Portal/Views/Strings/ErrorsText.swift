import PortalCore

/// What the error pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `ErrorsText+English.swift` and
/// `ErrorsText+Spanish.swift`; pages read them in both through `Strings.errors`.
struct ErrorsText: Sendable {
    let title: String
    let goHome: String
    let reference: String
    let message: @Sendable (PortalError) -> String
}

extension Strings {
    static let errors = Translated(english: ErrorsText.english, spanish: ErrorsText.spanish)
}
