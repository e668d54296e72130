import PortalCore

/// What the "break the glass" form and HIM's review list say.
struct BreakTheGlassText: Sendable {
    let title: String
    let intro: String
    let reasonLabel: String
    let reasonName: @Sendable (BreakTheGlassReason) -> String
    let explanationLabel: String
    let explanationHint: String
    let open: String
    let chooseReason: String
    let explanationNeeded: String
    let reviewTitle: String
    let reviewIntro: String
    let nothingToReview: String
    let openedBy: @Sendable (String, String) -> String
    let until: @Sendable (String) -> String
    let markReviewed: String
    let reviewedBy: @Sendable (String, String) -> String
    let recentlyReviewed: String
    let accessTitle: String
    let accessIntro: String
    let givenBy: @Sendable (String, String) -> String
}

extension Strings {
    static let breakTheGlass = Translated(english: BreakTheGlassText.english, spanish: BreakTheGlassText.spanish)
}
