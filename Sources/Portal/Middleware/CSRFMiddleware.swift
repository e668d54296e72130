import PortalCore
import Vapor

enum CSRF {
    static let formField = "_csrf"
    /// Before sign-in there is no session, so the token lives in a cookie of its own and the
    /// form must repeat it (double submit); after sign-in it lives in the session row.
    static let cookieName = "portal_csrf"
    /// Machine-to-machine endpoints authenticate with a secret, not a browser cookie.
    static let exemptPrefixes = ["/health/", "/import/"]
}

extension Request {
    private struct CSRFTokenKey: StorageKey { typealias Value = String }

    var csrfToken: String {
        get { storage[CSRFTokenKey.self] ?? "" }
        set { storage[CSRFTokenKey.self] = newValue }
    }
}

/// Refuses any state-changing request whose form does not carry the visitor's token:
/// 403, and the route never runs, so nothing changes.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var newAnonymousToken: String?
        if let session = request.currentSession?.session {
            request.csrfToken = session.csrfToken
        } else if let cookie = request.cookies[CSRF.cookieName]?.string, cookie.count == 43 {
            request.csrfToken = cookie
        } else {
            newAnonymousToken = RandomToken.make()
            request.csrfToken = newAnonymousToken!
        }

        let isSafe = [.GET, .HEAD, .OPTIONS].contains(request.method)
        let isExempt = CSRF.exemptPrefixes.contains { request.url.path.hasPrefix($0) }
        if !isSafe && !isExempt {
            guard newAnonymousToken == nil else { throw PortalError.csrfRejected }
            let limit = (Uploads.limit(for: request.url.path) ?? request.application.routes.defaultMaxBodySize).value
            if let body = request.body.data {
                guard body.readableBytes <= limit else { throw PortalError.payloadTooLarge }
            } else {
                _ = try await request.body.collect(max: limit).get()
            }
            let submitted = try? request.content.get(String.self, at: CSRF.formField)
            guard let submitted, RandomToken.constantTimeEquals(submitted, request.csrfToken) else {
                throw PortalError.csrfRejected
            }
        }

        let response = try await next.respond(to: request)
        // Only pages carry forms; JSON and assets need no token cookie.
        if let newAnonymousToken, response.headers.contentType == .html {
            response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                string: newAnonymousToken, path: "/", isSecure: request.portal.config.usesHTTPS, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }
}
