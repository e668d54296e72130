import PortalCore

/// What the results pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `ResultsText+English.swift` and
/// `ResultsText+Spanish.swift`; pages read them in both through `Strings.results`.
struct ResultsText: Sendable {
    let title: String
    let titleFor: @Sendable (String) -> String
    let intro: String
    let delayNote: String
    let none: String
    let test: String
    let value: String
    let range: String
    let flag: String
    let collected: String
    let issued: String
    let status: String
    let report: String
    let note: String
    let new: String
    let corrected: String
    let correctedShort: String
    let confidential: String
    let restricted: String
    let backToResults: String
    let backToRecord: String
    let newer: String
    let older: String
    let pages: String
    let rangeText: @Sendable (String?, String?) -> String
    let noValue: String
    let flagName: @Sendable (ResultFlag) -> String
    let statusName: @Sendable (String) -> String
    // The trend
    let trendTitle: @Sendable (String) -> String
    let chartDescription: @Sendable (String, Int, String, String) -> String
    let chartSampled: String
    let valuePages: String
    let newerValues: String
    let olderValues: String
    let tableCaption: @Sendable (String) -> String
    let showing: String
    let unitNote: @Sendable (String) -> String
    let lastTwoYears: String
    let lastFiveYears: String
    let allYears: String
    let onlyOne: String
    let date: String
    // Clinician restriction
    let restrictHeading: String
    let restrictExplanation: String
    let restrictReason: String
    let restrictButton: String
    let markAdolescentButton: String
    let liftButton: String
    let restrictedBecause: @Sendable (String) -> String
    let markedConfidentialBecause: @Sendable (String) -> String
    let reasonRequired: String
}

extension Strings {
    static let results = Translated(english: ResultsText.english, spanish: ResultsText.spanish)
}
