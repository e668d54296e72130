import PortalCore

/// What the pages about connected apps say, in one language; every language fills every
/// field. The words are in `ConnectedAppsText+English.swift` and `+Spanish.swift`.
struct ConnectedAppsText: Sendable {
    let consentTitle: @Sendable (String) -> String
    let consentIntro: @Sendable (String) -> String
    let notOurs: String
    let readsHeading: String
    let kind: @Sendable (ReadableKind) -> String
    let staysConnected: String
    let shortConnection: String
    let sameRules: String
    /// Shown to a 12-to-17-year-old choosing their own record.
    let ownPrivateItems: String
    let chooseRecordLegend: String
    let oneRecordHint: String
    let chooseRecord: String
    let allow: String
    let deny: String
    let noRecords: String
    let refusalTitle: String
    let unknownApp: String
    let expired: String
    let nothingShared: String
    let listTitle: String
    let listLink: String
    let listIntro: String
    let connectionLabel: @Sendable (String, String) -> String
    let recordLabel: String
    let connectedLabel: String
    let lastUsedLabel: String
    let notUsedYet: String
    let readsLabel: String
    let accessEnded: String
    let disconnect: @Sendable (String) -> String
    let disconnectedNotice: String
    let noneConnected: String
    let howToConnectHeading: String
    let howToConnect: String
    let developerAddress: String
}

extension Strings {
    static let connectedApps = Translated(english: ConnectedAppsText.english, spanish: ConnectedAppsText.spanish)
}
