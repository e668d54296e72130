import PortalCore
import Vapor

extension Request {
    static let languageCookie = "portal_lang"

    /// The account's language when signed in; otherwise the visitor's earlier choice, and on a
    /// first visit the browser's `Accept-Language`.
    var language: Language {
        if let current = currentSession, let stored = current.member?.language ?? current.staff?.language {
            return stored
        }
        if let cookie = cookies[Self.languageCookie]?.string, let chosen = Language(rawValue: cookie) {
            return chosen
        }
        return Language.preferred(byAcceptLanguage: headers.first(name: .acceptLanguage))
    }
}
