import Fluent
import Foundation
import PortalCore
import PortalFHIR
import SQLKit
import Vapor

/// The token endpoint: an app exchanges its code (with the PKCE verifier) or its refresh
/// token for an access token. Each code and each refresh token works once, decided by one
/// conditional update; one that comes back after use means someone else holds a copy, so
/// the whole authorization is revoked and every token under it stops.
struct AppTokenController: RouteCollection {
    /// Short: an app that loses its access token loses minutes, and a revoked authorization
    /// or an age rule stops it at the next request anyway.
    static let accessLifetime: TimeInterval = 15 * 60
    /// A refresh token is replaced at every use; one unused this long ends.
    static let refreshLifetime: TimeInterval = 90 * 24 * 60 * 60

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.appToken) { req in try await token(req) }
    }

    struct Form: Decodable {
        var grantType: String?
        var code: String?
        var redirectURI: String?
        var codeVerifier: String?
        var clientID: String?
        var refreshToken: String?
        var scope: String?

        enum CodingKeys: String, CodingKey {
            case grantType = "grant_type", code, redirectURI = "redirect_uri", codeVerifier = "code_verifier"
            case clientID = "client_id", refreshToken = "refresh_token", scope
        }
    }

    func token(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(Form.self)) ?? Form()
        do {
            let app = try await authenticate(req, form)
            switch form.grantType {
            case "authorization_code": return try await exchangeCode(req, form, app)
            case "refresh_token": return try await refresh(req, form, app)
            default:
                throw OAuthError(.unsupportedGrantType, "grant_type must be authorization_code or refresh_token.")
            }
        } catch let error as OAuthError {
            return error.tokenResponse
        }
    }

    /// A confidential app proves itself with HTTP Basic (its id and secret); a public app
    /// names itself in the form and proves the code is its own with PKCE.
    private func authenticate(_ req: Request, _ form: Form) async throws -> SMARTApp {
        func registered(_ clientID: String) async throws -> SMARTApp? {
            guard clientID.count <= 128 else { return nil }
            return try await SMARTApp.query(on: req.db).filter(\.$clientID == clientID).filter(\.$disabledAt == nil).first()
        }
        if let basic = req.headers.basicAuthorization {
            // RFC 6749 §2.3.1: both halves are form-encoded before Basic encodes them.
            let clientID = Self.formDecoded(basic.username), secret = Self.formDecoded(basic.password)
            guard let app = try await registered(clientID), app.confidential, let hash = app.secretHash,
                RandomToken.constantTimeEquals(RandomToken.sha256Hex(secret), hash)
            else { throw OAuthError(.invalidClient, "The client id or secret is wrong, or the app is disabled.") }
            if let named = form.clientID, named != clientID {
                throw OAuthError(.invalidRequest, "client_id differs from the authenticated client.")
            }
            return app
        }
        guard let clientID = form.clientID, let app = try await registered(clientID) else {
            throw OAuthError(.invalidClient, "Unknown or disabled client_id.")
        }
        guard !app.confidential else {
            throw OAuthError(.invalidClient, "This app is confidential: authenticate with client_secret_basic.")
        }
        return app
    }

    private static func formDecoded(_ text: String) -> String {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
    }

    /// What an exchange spends: the code of one request, or one refresh token. It is spent by
    /// one conditional UPDATE in the same transaction that writes the new tokens, so a copy
    /// sent at the same moment finds it spent, and a failure on the way spends nothing.
    private enum Spend {
        case code(requestID: UUID)
        case refreshToken(hash: String, appID: UUID)
    }

    private struct AlreadySpent: Error {}

    private func exchangeCode(_ req: Request, _ form: Form, _ app: SMARTApp) async throws -> Response {
        guard let code = form.code, code.count <= 128, let redirectURI = form.redirectURI, let verifier = form.codeVerifier
        else { throw OAuthError(.invalidRequest, "code, redirect_uri and code_verifier are required.") }
        let appID = try app.requireID()
        guard
            let request = try await AppRequest.query(on: req.db).filter(\.$codeHash == RandomToken.sha256Hex(code))
                .filter(\.$app.$id == appID).first(),
            let authorizationID = request.$authorization.id
        else { throw OAuthError(.invalidGrant, "The code is unknown.") }
        // A code that comes back after it was exchanged: whoever holds it may not be the app
        // (RFC 6749 §4.1.2), so what it gave is revoked.
        guard request.codeUsedAt == nil else {
            try await Self.revoke(authorizationID, .codeReused, req)
            throw OAuthError(.invalidGrant, "The code was already used.")
        }
        guard let expires = request.codeExpiresAt, expires > req.now else {
            throw OAuthError(.invalidGrant, "The code has expired.")
        }
        guard request.redirectURI == redirectURI else {
            throw OAuthError(.invalidGrant, "redirect_uri differs from the one in the authorization request.")
        }
        guard PKCE.verifies(verifier, challenge: request.codeChallenge) else {
            throw OAuthError(.invalidGrant, "code_verifier does not match the code_challenge.")
        }
        guard let authorization = try await AppAuthorization.find(authorizationID, on: req.db), authorization.revokedAt == nil
        else { throw OAuthError(.invalidGrant, "The authorization was withdrawn.") }
        let scopes = AppScopes(stored: authorization.scopes)
        return try await issue(
            req, app, authorization, access: scopes, refresh: scopes, nonce: request.nonce,
            spending: .code(requestID: try request.requireID()))
    }

    private func refresh(_ req: Request, _ form: Form, _ app: SMARTApp) async throws -> Response {
        guard let token = form.refreshToken, token.count <= 128 else {
            throw OAuthError(.invalidRequest, "refresh_token is required.")
        }
        let appID = try app.requireID()
        let hash = RandomToken.sha256Hex(token)
        guard
            let presented = try await AppToken.query(on: req.db).filter(\.$id == hash).filter(\.$kind == .refresh)
                .with(\.$authorization).first(), presented.authorization.$app.id == appID
        else { throw OAuthError(.invalidGrant, "The refresh token is unknown to this app.") }
        let authorization = presented.authorization
        guard presented.usedAt == nil else {
            // Used before: whoever else holds it is not to be trusted.
            try await Self.revoke(authorization.requireID(), .refreshTokenReused, req)
            throw OAuthError(.invalidGrant, "The refresh token was already used.")
        }
        guard presented.expiresAt > req.now, authorization.revokedAt == nil else {
            throw OAuthError(.invalidGrant, "The refresh token has expired or was revoked.")
        }
        // Asking for more than was granted is refused before the token is spent.
        let granted = AppScopes(stored: presented.scopes)
        var access = granted
        if let scope = form.scope {
            guard let narrowed = granted.narrowed(to: SMARTScope.list(scope)), !narrowed.readsNothing else {
                throw OAuthError(.invalidScope, "A refresh may ask for the granted scopes or fewer, never more.")
            }
            access = narrowed
        }
        // The next refresh token carries the scopes first granted (RFC 6749 §6).
        return try await issue(
            req, app, authorization, access: access, refresh: granted, nonce: nil,
            spending: .refreshToken(hash: hash, appID: appID))
    }

    /// Spends the code or refresh token and writes a new access token (and a refresh token
    /// when the app may stay connected), the authorization's "last used" and the audit, in
    /// one transaction. Whatever can fail without the client's fault (the signing key) is
    /// ready before, so an error never leaves the app with a spent grant and no tokens.
    private func issue(
        _ req: Request, _ app: SMARTApp, _ authorization: AppAuthorization, access: AppScopes, refresh: AppScopes,
        nonce: String?, spending spend: Spend
    ) async throws -> Response {
        let now = req.now
        let authorizationID = try authorization.requireID()
        let patientID = authorization.$patient.id
        let memberID = authorization.$member.id
        let appID = try app.requireID()
        // A member whose access to the record has ended (the 18th birthday, a revoked grant)
        // can no longer keep an app connected to it.
        guard
            let holder = try await AccessHolder.one(memberID, ofPatient: patientID, on: req.db, at: now, in: req.hospitalTimeZone)
        else { throw OAuthError(.invalidGrant, "The person's access to this record has ended.") }
        let signingKey =
            access.openID ? try await SigningKeys(db: req.db, secretsKey: req.portal.config.secretsKey).current(at: now) : nil
        let accessToken = RandomToken.make()
        let refreshToken = refresh.offlineAccess ? RandomToken.make() : nil
        do {
            try await req.auditedChange { change in
                try await Self.spend(spend, at: now, on: change.db)
                try await AppToken(
                    hash: RandomToken.sha256Hex(accessToken), authorizationID: authorizationID, kind: .access,
                    scopes: access.text, at: now, lifetime: Self.accessLifetime
                ).create(on: change.db)
                if let refreshToken {
                    try await AppToken(
                        hash: RandomToken.sha256Hex(refreshToken), authorizationID: authorizationID, kind: .refresh,
                        scopes: refresh.text, at: now, lifetime: Self.refreshLifetime
                    ).create(on: change.db)
                }
                try await AppAuthorization.query(on: change.db).filter(\.$id == authorizationID)
                    .set(\.$lastUsedAt, to: now).update()
                try await change.audit(
                    .appTokenIssued, .success, patientID: patientID, actorKind: .member, actorID: memberID, subject: .app(appID))
            }
        } catch is AlreadySpent {
            // Spent by a copy sent at the same moment: the copies revoke what it gave. (Expired
            // or revoked meanwhile: refused, nothing more.)
            if try await Self.wasUsed(spend, on: req.db) {
                try await Self.revoke(
                    authorizationID, { if case .code = spend { .codeReused } else { .refreshTokenReused } }(), req)
            }
            throw OAuthError(.invalidGrant, "The grant was already used, or the authorization was withdrawn.")
        }
        var body: [String: JSONValue] = [
            "access_token": .string(accessToken),
            "token_type": "Bearer",
            "expires_in": .number(Self.accessLifetime),
            "scope": .string(access.text),
            "patient": .string(patientID.uuidString.lowercased()),
            "need_patient_banner": true,
        ]
        if let refreshToken { body["refresh_token"] = .string(refreshToken) }
        if let signingKey {
            body["id_token"] = .string(
                try idToken(
                    req, app, key: signingKey, memberID: memberID, patientID: patientID,
                    selfAccount: holder.access.level == .patientSelf, fhirUser: access.fhirUser, nonce: nonce))
        }
        return .json(.object(body))
    }

    private static func wasUsed(_ spend: Spend, on db: any Database) async throws -> Bool {
        switch spend {
        case .code(let requestID):
            try await AppRequest.query(on: db).filter(\.$id == requestID).filter(\.$codeUsedAt != nil).count() > 0
        case .refreshToken(let hash, _):
            try await AppToken.query(on: db).filter(\.$id == hash).filter(\.$usedAt != nil).count() > 0
        }
    }

    /// The conditional UPDATE whose row count decides single use.
    private static func spend(_ spend: Spend, at now: Date, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let rows: [any SQLRow]
        switch spend {
        case .code(let requestID):
            rows = try await sql.update(AppRequest.schema).set("code_used_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(requestID)).where("code_used_at", .is, SQLLiteral.null)
                .where("code_expires_at", .greaterThan, SQLBind(now))
                .returning("id").all()
        case .refreshToken(let hash, let appID):
            rows = try await sql.raw(
                """
                UPDATE app_tokens SET used_at = \(bind: now)
                WHERE id = \(bind: hash) AND used_at IS NULL AND expires_at > \(bind: now)
                  AND authorization_id IN (SELECT id FROM app_authorizations WHERE app_id = \(bind: appID) AND revoked_at IS NULL)
                RETURNING id
                """
            ).all()
        }
        guard rows.count == 1 else { throw AlreadySpent() }
    }

    /// OpenID Connect's ID token: who authorized the app, signed with the hospital's key.
    /// `fhirUser` names the person as a FHIR resource: the patient themself, or the adult
    /// acting for them (a RelatedPerson of the patient, named by their account).
    private func idToken(
        _ req: Request, _ app: SMARTApp, key: SigningKey, memberID: UUID, patientID: UUID, selfAccount: Bool,
        fhirUser: Bool, nonce: String?
    ) throws -> String {
        let now = req.now
        let config = req.portal.config
        var claims: [String: JSONValue] = [
            "iss": .string(config.publicBase),
            "sub": .string(memberID.uuidString.lowercased()),
            "aud": .string(app.clientID),
            "iat": .number(now.timeIntervalSince1970.rounded(.down)),
            "exp": .number(now.addingTimeInterval(Self.accessLifetime).timeIntervalSince1970.rounded(.down)),
        ]
        if let nonce { claims["nonce"] = .string(nonce) }
        if fhirUser {
            claims["fhirUser"] = .string(
                selfAccount
                    ? "\(config.fhirBase)/Patient/\(patientID.uuidString.lowercased())"
                    : "\(config.fhirBase)/RelatedPerson/\(memberID.uuidString.lowercased())")
        }
        return try key.sign(JSONValue.object(claims).encoded(), extraHeader: ["typ": "JWT"])
    }

    /// Tokens a day past their end, and requests never answered or long exchanged, are kept no longer.
    static func prune(before now: Date, on db: any Database) async throws {
        let dayAgo = now.addingTimeInterval(-86_400)
        try await AppToken.query(on: db).filter(\.$expiresAt < dayAgo).delete()
        try await AppRequest.query(on: db).filter(\.$expiresAt < dayAgo).delete()
    }

    /// Ends an authorization (and so every token under it) at once; audited once, however
    /// many copies of a token come back together.
    static func revoke(_ authorizationID: UUID, _ reason: AppAuthorization.RevokedReason, _ req: Request) async throws {
        let now = req.now
        try await req.auditedChange { change in
            let revoked = try await (change.db as! any SQLDatabase).update(AppAuthorization.schema)
                .set("revoked_at", to: SQLBind(now)).set("revoked_reason", to: SQLBind(reason.rawValue))
                .where("id", .equal, SQLBind(authorizationID)).where("revoked_at", .is, SQLLiteral.null)
                .returning("patient_id", "member_id", "app_id").all()
            guard let row = revoked.first else { return }
            try await change.audit(
                .appAuthorizationRevoked, .success, patientID: try row.decode(column: "patient_id", as: UUID.self),
                actorKind: .system, subject: .app(try row.decode(column: "app_id", as: UUID.self)))
        }
    }
}
