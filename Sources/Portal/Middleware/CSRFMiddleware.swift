@preconcurrency import Crypto
import Foundation
import PortalCore
import Vapor

enum CSRF {
    static let formField = "_csrf"
    /// Before sign-in there is no session, so the token lives in a cookie of its own and the
    /// form must repeat it (double submit); after sign-in it lives in the session row. Over
    /// https the cookie is `__Host-`, so a sibling subdomain cannot plant a token of its choosing.
    static func cookieName(_ request: Request) -> String {
        request.portal.config.usesHTTPS ? "__Host-portal_csrf" : "portal_csrf"
    }

    /// The cookie carries the token and the server's HMAC of it (a key derived from
    /// `SECRETS_KEY`): a cookie planted by anyone else, over plain http or from a sibling
    /// site, does not verify and is treated as no cookie at all.
    static func cookieValue(for token: String, config: PortalConfig) -> String {
        token + "." + signature(of: token, config: config)
    }

    static func token(fromCookie value: String, config: PortalConfig) -> String? {
        let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].count == 43,
            RandomToken.constantTimeEquals(parts[1], signature(of: parts[0], config: config))
        else { return nil }
        return parts[0]
    }

    private static func signature(of token: String, config: PortalConfig) -> String {
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: config.secretsKey), info: Data("portal csrf cookie v1".utf8),
            outputByteCount: 32)
        return RandomToken.hex(HMAC<SHA256>.authenticationCode(for: Data(token.utf8), using: key))
    }

    /// Refuses (403) a form that does not carry the visitor's token, or that the browser says
    /// came from another site. Called for every route the table declares as changing state,
    /// after its body has been read within its limit.
    static func verify(_ request: Request) throws {
        guard !request.csrfTokenIsNew, request.headers.first(name: "Sec-Fetch-Site") != "cross-site" else {
            throw PortalError.csrfRejected
        }
        let submitted = try? request.content.get(String.self, at: formField)
        guard let submitted, RandomToken.constantTimeEquals(submitted, request.csrfToken) else {
            throw PortalError.csrfRejected
        }
    }
}

extension Request {
    private struct CSRFTokenKey: StorageKey { typealias Value = String }
    private struct NewTokenKey: StorageKey { typealias Value = Bool }

    var csrfToken: String {
        get { storage[CSRFTokenKey.self] ?? "" }
        set { storage[CSRFTokenKey.self] = newValue }
    }

    /// True when the visitor brought no token: a form they submit cannot be one we served.
    fileprivate(set) var csrfTokenIsNew: Bool {
        get { storage[NewTokenKey.self] ?? false }
        set { storage[NewTokenKey.self] = newValue }
    }
}

/// Gives every request its visitor's CSRF token (the session's, or the pre-sign-in cookie's,
/// or a new one whose cookie goes out with the page). The check itself belongs to each route
/// that changes state (`RouteAccessMiddleware`), so it runs only once the caller is known.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let session = request.currentSession?.session {
            request.csrfToken = session.csrfToken
        } else if let cookie = request.cookies[CSRF.cookieName(request)]?.string,
            let token = CSRF.token(fromCookie: cookie, config: request.portal.config)
        {
            request.csrfToken = token
        } else {
            request.csrfToken = RandomToken.make()
            request.csrfTokenIsNew = true
        }

        let response = try await next.respond(to: request)
        // Only pages carry forms; JSON and assets need no token cookie.
        if request.csrfTokenIsNew, response.headers.contentType == .html {
            response.cookies[CSRF.cookieName(request)] = HTTPCookies.Value(
                string: CSRF.cookieValue(for: request.csrfToken, config: request.portal.config), path: "/",
                isSecure: request.portal.config.usesHTTPS, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
