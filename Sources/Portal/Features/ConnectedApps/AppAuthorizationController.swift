import Fluent
import Foundation
import PortalCore
import PortalFHIR
import SQLKit
import Vapor

/// SMART App Launch's standalone launch, as the person sees it: an app sends them to the
/// authorization address; the portal checks the app, signs them in (second factor
/// included) on its own pages, asks which record the app may read and whether they agree,
/// and sends them back to the app with a single-use code.
struct AppAuthorizationController: RouteCollection {
    /// Long enough to sign in, with a code by e-mail; short enough that an abandoned request dies.
    static let requestLifetime: TimeInterval = 30 * 60
    /// The app exchanges its code at once; RFC 6749 advises at most ten minutes.
    static let codeLifetime: TimeInterval = 2 * 60

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.smartConfiguration) { req in Self.smartConfiguration(req) }
        routes.on(Routes.jwks) { req in
            let keys = SigningKeys(db: req.db, secretsKey: req.portal.config.secretsKey)
            // Verifiers of health cards run in browsers on other sites: SMART Health Cards require CORS here.
            let response = Response.json(try await keys.published(at: req.now))
            response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
            return response
        }
        routes.on(Routes.appAuthorize) { req in try await authorize(req) }
        routes.on(Routes.appConsent) { req in try await showConsent(req) }
        routes.on(Routes.answerAppConsent) { req in try await answer(req) }
    }

    /// What an app reads before it starts (SMART App Launch 2.0 §Discovery).
    static func smartConfiguration(_ req: Request) -> Response {
        let base = req.portal.config.publicBase
        return Response.json([
            "issuer": .string(base),
            "jwks_uri": .string(base + Routes.jwks()),
            "authorization_endpoint": .string(base + Routes.appAuthorize()),
            "token_endpoint": .string(base + Routes.appToken()),
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "none"],
            "response_types_supported": ["code"],
            "code_challenge_methods_supported": ["S256"],
            "authorization_response_iss_parameter_supported": true,
            "scopes_supported": .array(AppScopes.supported.map(JSONValue.string)),
            "capabilities": [
                "launch-standalone", "client-public", "client-confidential-symmetric", "context-standalone-patient",
                "permission-patient", "permission-offline", "permission-v1", "permission-v2", "sso-openid-connect",
            ],
        ])
    }

    struct AuthorizeQuery: Decodable {
        var responseType: String?
        var clientID: String?
        var redirectURI: String?
        var scope: String?
        var state: String?
        var aud: String?
        var codeChallenge: String?
        var codeChallengeMethod: String?
        var nonce: String?
        var launch: String?

        enum CodingKeys: String, CodingKey {
            case responseType = "response_type", clientID = "client_id", redirectURI = "redirect_uri", scope, state, aud
            case codeChallenge = "code_challenge", codeChallengeMethod = "code_challenge_method", nonce, launch
        }
    }

    /// Checks the app's request. Until the app and its address are known good, problems are
    /// shown to the person and nothing goes back (a code must never reach an address the
    /// app did not register); after that they go back to the app as OAuth errors.
    func authorize(_ req: Request) async throws -> Response {
        let query = (try? req.query.decode(AuthorizeQuery.self)) ?? AuthorizeQuery()
        guard let clientID = query.clientID, clientID.count <= 128,
            let app = try await SMARTApp.query(on: req.db).filter(\.$clientID == clientID).filter(\.$disabledAt == nil)
                .first()
        else { return AppConsentPage.refusal(.unknownApp, context: req.pageContextWithoutRecords()) }
        guard let redirectURI = query.redirectURI, app.redirectAddresses.contains(redirectURI) else {
            return AppConsentPage.refusal(.unknownApp, context: req.pageContextWithoutRecords())
        }
        let state = query.state
        func back(_ code: OAuthError.Code, _ description: String) -> Response {
            OAuthError(code, description).redirect(to: redirectURI, state: state, issuer: req.portal.config.publicBase)
        }
        guard query.responseType == "code" else {
            return back(.unsupportedResponseType, "Only the authorization code flow (response_type=code) is supported.")
        }
        guard query.codeChallengeMethod == "S256", let challenge = query.codeChallenge, PKCE.isChallenge(challenge) else {
            return back(.invalidRequest, "PKCE is required: code_challenge_method=S256 and a 43-character code_challenge.")
        }
        guard let aud = query.aud, Self.isFHIRBase(aud, req) else {
            return back(.invalidRequest, "aud must be this server's FHIR base URL, \(req.portal.config.fhirBase).")
        }
        guard query.launch == nil else {
            return back(.invalidRequest, "Only the standalone launch is supported; this server sends no launch parameter.")
        }
        guard (state ?? "").utf8.count <= 512, (query.nonce ?? "").utf8.count <= 256 else {
            return back(.invalidRequest, "state may be at most 512 bytes, nonce at most 256.")
        }
        let scopes = AppScopes(granting: SMARTScope.list(query.scope ?? ""), registeredFor: app.registeredScopes)
        guard !scopes.readsNothing else {
            return back(.invalidScope, "None of the requested scopes reads anything this app may be given.")
        }
        let request = AppRequest()
        request.$app.id = try app.requireID()
        request.redirectURI = redirectURI
        request.state = state
        request.codeChallenge = challenge
        request.scopes = scopes.text
        request.nonce = query.nonce
        request.createdAt = req.now
        request.expiresAt = req.now.addingTimeInterval(Self.requestLifetime)
        try await request.create(on: req.db)
        return .redirect(to: Routes.appConsent(request.ref))
    }

    static func isFHIRBase(_ aud: String, _ req: Request) -> Bool {
        let base = req.portal.config.fhirBase
        return aud == base || aud == base + "/"
    }

    /// The request still waiting for this member's answer, with its app; nil when it has
    /// expired, been answered, or its app was disabled meanwhile.
    private func pendingRequest(_ req: Request) async throws -> (AppRequest, SMARTApp)? {
        guard let id = req.id(of: AppRequest.self),
            let request = try await AppRequest.query(on: req.db).filter(\.$id == id).filter(\.$answeredAt == nil)
                .filter(\.$expiresAt > req.now).with(\.$app).first(),
            request.app.disabledAt == nil
        else { return nil }
        return (request, request.app)
    }

    func showConsent(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        guard let (request, app) = try await pendingRequest(req) else {
            return AppConsentPage.refusal(.expired, context: try await req.pageContext())
        }
        // Sharing a record with an app is asked of whoever gives their password now, not of a
        // session someone left open on a shared computer.
        if let stale = try SecurityController.staleProof(req, returnTo: Routes.appConsent(request.ref)) { return stale }
        let visible = try await req.patientsVisibleToMember(member)
        let model = AppConsentPage.Model(
            appName: app.name, scopes: AppScopes(stored: request.scopes), requestRef: request.ref,
            patients: visible.map { Self.choice($0, today: req.today) })
        let page = AppConsentPage.render(model, context: try await req.pageContext(visible: visible)).response()
        page.formTargets = Self.origin(of: request.redirectURI).map { [$0] } ?? []
        return page
    }

    /// `scheme://host[:port]` of a registered address, as CSP names a source; a native
    /// app's private scheme is named by its scheme alone.
    static func origin(of address: String) -> String? {
        guard let components = URLComponents(string: address), let scheme = components.scheme?.lowercased() else {
            return nil
        }
        guard let host = components.host, !host.isEmpty else { return scheme + ":" }
        // An IPv6 address is bracketed in a source, as in the address itself.
        let named = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(named)" + (components.port.map { ":\($0)" } ?? "")
    }

    static func choice(_ authorized: AuthorizedPatient, today: LocalDate) -> AppConsentPage.Model.Choice {
        let minor = LocalDate(iso: authorized.patient.birthDate).map { Age.years(bornOn: $0, on: today) < 18 } ?? false
        return .init(
            id: authorized.id, name: authorized.patient.shownName,
            isOwnAdolescentRecord: authorized.level == .patientSelf && minor)
    }

    struct Answer: Decodable {
        var decision: String?
        var patient: String?
    }

    /// The member's answer. A yes names one of the patients the policy lets them see now;
    /// the request is answered once, by one conditional update, however many tabs submit.
    func answer(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        guard let (request, app) = try await pendingRequest(req) else {
            return AppConsentPage.refusal(.expired, context: try await req.pageContext())
        }
        if let stale = try SecurityController.staleProof(req, returnTo: Routes.appConsent(request.ref)) { return stale }
        let form = (try? req.content.decode(Answer.self)) ?? Answer()
        let requestID = try request.requireID()
        let appID = try app.requireID()
        guard form.decision == "allow" else {
            guard try await Self.markAnswered(requestID, at: req.now, on: req.db) else {
                return AppConsentPage.refusal(.expired, context: try await req.pageContext())
            }
            try await req.audit(.appAuthorized, .denied, subject: .app(appID))
            return OAuthError(.accessDenied, "The person did not allow this app.")
                .redirect(to: request.redirectURI, state: request.state, issuer: req.portal.config.publicBase)
        }
        let visible = try await req.patientsVisibleToMember(member)
        guard let chosen = form.patient.flatMap(UUID.init(uuidString:)),
            let authorized = visible.first(where: { $0.id == chosen })
        else {
            let model = AppConsentPage.Model(
                appName: app.name, scopes: AppScopes(stored: request.scopes), requestRef: request.ref,
                patients: visible.map { Self.choice($0, today: req.today) }, error: Strings.connectedApps.chooseRecord)
            let page = AppConsentPage.render(model, context: try await req.pageContext(visible: visible))
                .response(status: .badRequest)
            page.formTargets = Self.origin(of: request.redirectURI).map { [$0] } ?? []
            return page
        }
        let code = RandomToken.make()
        let now = req.now
        let authorization = AppAuthorization(
            appID: appID, memberID: memberID, patientID: authorized.id, scopes: request.scopes, at: now)
        let answered: Bool
        do {
            try await req.auditedChange { change in
                try await authorization.create(on: change.db)
                let sql = change.db as! any SQLDatabase
                let updated = try await sql.update(AppRequest.schema)
                    .set("answered_at", to: SQLBind(now))
                    .set("authorization_id", to: SQLBind(authorization.id))
                    .set("code_hash", to: SQLBind(RandomToken.sha256Hex(code)))
                    .set("code_expires_at", to: SQLBind(now.addingTimeInterval(Self.codeLifetime)))
                    .where("id", .equal, SQLBind(requestID)).where("answered_at", .is, SQLLiteral.null)
                    .where("expires_at", .greaterThan, SQLBind(now))
                    .returning("id").all()
                // Another tab answered first: this answer changes nothing (the authorization is rolled back).
                guard updated.count == 1 else { throw AnsweredElsewhere() }
                try await change.audit(.appAuthorized, .success, patientID: authorized.id, subject: .app(appID))
            }
            answered = true
        } catch is AnsweredElsewhere {
            answered = false
        }
        guard answered else { return AppConsentPage.refusal(.expired, context: try await req.pageContext()) }
        return .redirect(
            to: request.redirectURI.addingQuery([
                "code": code, "state": request.state, "iss": req.portal.config.publicBase,
            ]))
    }

    private struct AnsweredElsewhere: Error {}

    /// A no: the request is closed, once.
    private static func markAnswered(_ id: UUID, at now: Date, on db: any Database) async throws -> Bool {
        let rows = try await (db as! any SQLDatabase).update(AppRequest.schema)
            .set("answered_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(id)).where("answered_at", .is, SQLLiteral.null)
            .returning("id").all()
        return rows.count == 1
    }
}
