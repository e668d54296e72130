import Fluent
import Foundation
import PortalCore
import Vapor

/// Remembers the browsers each account signs in from. A family member's sign-in from a browser
/// their account has not used sends them a "was this you?" e-mail, in the same transaction as
/// the session, so a sign-in is never left without its notice.
enum KnownBrowsers {
    static let cookieLifetime = 400 * 86_400

    /// One cookie per account that signs in from the browser, so accounts sharing a family
    /// computer do not share a token.
    static func cookie(for owner: AccountOwner) -> String {
        "portal_browser_" + String(RandomToken.sha256Hex(owner.id.uuidString.lowercased()).prefix(12))
    }

    /// Records the sign-in's browser for `owner`; a new one is announced to a member unless
    /// `announce` is false (the account was made in this browser a moment ago). A token the
    /// account does not know is never adopted: a planted one cannot make a browser "known".
    static func signedIn(
        _ owner: AccountOwner, announce: Bool, request req: Request, response: Response, on db: any Database
    ) async throws {
        let now = req.now
        let name = cookie(for: owner)
        if let presented = req.cookies[name].map(\.string), presented.count == 43,
            let known = try await KnownBrowser.query(on: db).filter(\.$tokenHash == RandomToken.sha256Hex(presented))
                .filter(owner.ownerColumn, .equal, owner.id).first()
        {
            known.lastSeenAt = now
            try await known.update(on: db)
            return
        }
        let token = RandomToken.make()
        try await KnownBrowser(owner: owner, tokenHash: RandomToken.sha256Hex(token), at: now).create(on: db)
        response.cookies[name] = HTTPCookies.Value(
            string: token, expires: nil, maxAge: cookieLifetime, domain: nil, path: "/",
            isSecure: req.portal.config.usesHTTPS, isHTTPOnly: true, sameSite: .lax)
        guard announce, case .member(let memberID) = owner, let member = try await Member.find(memberID, on: db) else {
            return
        }
        let config = req.portal.config
        let language = member.language
        let browser =
            BrowserDescription.of(userAgent: req.userAgent).map {
                Strings.accountActivity.device($0.browser, $0.system)(language)
            } ?? Strings.mail.unknownBrowser(language)
        let body = Strings.mail.newSignIn(
            DateText.dateTime(now, in: req.hospitalTimeZone, language: language) + " "
                + DateText.zoneName(req.hospitalTimeZone, language: language),
            browser, req.clientAddress ?? "?", config)(
                language)
        try await Outbox.enqueue(
            to: member.email, subject: Strings.mail.newSignInSubject(language), body: body, now: now, config: config,
            on: db)
    }
}
