import PortalCore

/// What the administrators' pages about registered apps say, in one language.
struct AppRegistrationText: Sendable {
    let title: String
    let intro: String
    let none: String
    let kindPublic: String
    let kindConfidential: String
    let disabled: String
    let enabled: String
    let statusLabel: String
    let connectionsLabel: String
    let connections: @Sendable (Int) -> String
    let add: String
    let name: String
    let nameHint: String
    let kind: String
    let kindHint: String
    let redirects: String
    let redirectsHint: String
    let scopes: String
    let scopesHint: String
    let register: String
    let clientID: String
    let secretHeading: String
    let secretOnce: String
    let registeredAt: String
    let disable: String
    let disableHint: String
    let enable: String
    let disabledNotice: String
    let enabledNotice: String
    let missingName: String
    let missingRedirects: String
    let badRedirect: @Sendable (String) -> String
    let tooManyRedirects: String
    let badScope: @Sendable (String) -> String
    let noReadingScope: String
}

extension Strings {
    static let appRegistration = Translated(english: AppRegistrationText.english, spanish: AppRegistrationText.spanish)
}
