import PortalCore

/// What the access overview pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `AccessOverviewText+English.swift` and
/// `AccessOverviewText+Spanish.swift`; pages read them in both through `Strings.accessOverview`.
struct AccessOverviewText: Sendable {
    let title: String
    let staffTitle: String
    let intro: String
    let who: String
    let access: String
    let whatTheySee: String
    let you: String
    let seesOwn: String
    let seesLimited: String
    let seesFull: String
    let seesAuthorized: String
    let adulthood: @Sendable (String) -> String
    let questions: String
    let onlyForPatient: String
}

extension Strings {
    static let accessOverview = Translated(english: AccessOverviewText.english, spanish: AccessOverviewText.spanish)
}
