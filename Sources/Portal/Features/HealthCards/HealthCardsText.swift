import PortalCore

/// What the health card part of the printed immunization record says, in one language.
struct HealthCardsText: Sendable {
    let title: String
    let explanation: @Sendable (String) -> String
    let codeLabel: @Sendable (Int, Int) -> String
    let codeCaption: @Sendable (Int, Int, [String]) -> String
    let leftOut: @Sendable (Int) -> String
    let download: String
}

extension Strings {
    static let healthCards = Translated(english: HealthCardsText.english, spanish: HealthCardsText.spanish)
}
