import PortalCore
import Vapor

/// The language switch: remembered on the account when signed in, in a cookie otherwise.
struct LanguageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.chooseLanguage) { req in try await choose(req) }
    }

    func choose(_ req: Request) async throws -> Response {
        guard let code = try? req.content.get(String.self, at: "language"), let language = Language(rawValue: code) else {
            throw PortalError.badRequest
        }
        let response = Response.redirect(to: ReturnPath.safe(try? req.content.get(String.self, at: "return_to")))
        if let current = req.currentSession, current.isSignedIn {
            if let member = current.member {
                member.language = language
                try await member.update(on: req.db)
            } else if let staff = current.staff {
                staff.language = language
                try await staff.update(on: req.db)
            }
        }
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 86_400, path: "/", isSecure: req.portal.config.usesHTTPS,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
