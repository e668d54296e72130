import Fluent
import Foundation
import PortalCore
import Testing
import Vapor

@testable import Portal

/// A registered app and the steps of a standalone launch, as an app would take them.
enum AppLaunch {
    static let redirect = "https://app.example.org/callback"
    static let allScopes = "launch/patient patient/*.rs openid fhirUser offline_access"

    struct Registered {
        let app: SMARTApp
        let secret: String?
        var clientID: String { app.clientID }
    }

    static func register(
        _ world: TestWorld, confidential: Bool = false, scopes: String = allScopes, name: String = "Growth Tracker"
    ) async throws -> Registered {
        let secret = confidential ? RandomToken.make() : nil
        let app = SMARTApp(
            name: name, clientID: "client-\(UUID().uuidString.lowercased())", confidential: confidential,
            secretHash: secret.map(RandomToken.sha256Hex), redirectURIs: [redirect, "http://127.0.0.1:9999/cb"],
            scopes: scopes, createdBy: nil, at: world.now)
        try await app.create(on: world.app.db)
        return Registered(app: app, secret: secret)
    }

    static func authorizePath(
        _ world: TestWorld, clientID: String, verifier: String, scope: String = allScopes, state: String = "st-1",
        redirect: String = redirect, nonce: String? = "n-1", extra: KeyValuePairs<String, String?> = [:]
    ) -> String {
        var path = Routes.appAuthorize().query([
            "response_type": "code", "client_id": clientID, "redirect_uri": redirect, "scope": scope, "state": state,
            "aud": world.config.fhirBase, "code_challenge": PKCE.challengeFor(verifier), "code_challenge_method": "S256",
            "nonce": nonce,
        ])
        for (key, value) in extra { path = path.addingQuery([key: value]) }
        return path
    }

    /// Runs the launch for a member already signed in on `browser` up to the code.
    static func code(
        _ browser: Browser, _ world: TestWorld, _ registered: Registered, patient: Patient, verifier: String,
        scope: String = allScopes
    ) async throws -> String {
        let start = try await browser.get(
            authorizePath(world, clientID: registered.clientID, verifier: verifier, scope: scope))
        let consentPath = try #require(start.location)
        #expect(consentPath.hasPrefix("/apps/connect/"))
        let consent = try await browser.get(consentPath)
        #expect(consent.status == .ok)
        let answer = try await browser.post(
            consentPath, ["decision": "allow", "patient": patient.id!.uuidString.lowercased()])
        let back = try #require(answer.location)
        #expect(back.hasPrefix(redirect + "?"))
        return try #require(parameters(of: back)["code"])
    }

    static func parameters(of address: String) -> [String: String] {
        let items = URLComponents(string: address)?.queryItems ?? []
        return Dictionary(items.compactMap { item in item.value.map { (item.name, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    struct TokenAnswer {
        let status: HTTPStatus
        let json: [String: Any]
        var error: String? { json["error"] as? String }
        var accessToken: String? { json["access_token"] as? String }
        var refreshToken: String? { json["refresh_token"] as? String }
    }

    static func token(_ world: TestWorld, _ fields: [String: String], basic: (String, String)? = nil) async throws
        -> TokenAnswer
    {
        let app = Browser(world)
        let body = fields.map { "\(Browser.encode($0.key))=\(Browser.encode($0.value))" }.joined(separator: "&")
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        if let (id, secret) = basic {
            headers.add(name: .authorization, value: "Basic " + Data("\(id):\(secret)".utf8).base64EncodedString())
        }
        let page = try await app.postData(Routes.appToken(), Data(body.utf8), headers: headers)
        let json = (try? JSONSerialization.jsonObject(with: Data(page.body.utf8))) as? [String: Any] ?? [:]
        #expect(page.headers.first(name: .cacheControl) == "no-store")
        return TokenAnswer(status: page.status, json: json)
    }

    static func exchange(
        _ world: TestWorld, _ registered: Registered, code: String, verifier: String, redirect: String = redirect
    ) async throws -> TokenAnswer {
        var fields = ["grant_type": "authorization_code", "code": code, "redirect_uri": redirect, "code_verifier": verifier]
        if registered.secret == nil { fields["client_id"] = registered.clientID }
        return try await token(world, fields, basic: registered.secret.map { (registered.clientID, $0) })
    }

    static func refresh(_ world: TestWorld, _ registered: Registered, _ refreshToken: String, scope: String? = nil)
        async throws -> TokenAnswer
    {
        var fields = ["grant_type": "refresh_token", "refresh_token": refreshToken, "client_id": registered.clientID]
        if let scope { fields["scope"] = scope }
        return try await token(world, fields)
    }

    static let verifier = "verifier-" + String(repeating: "k", count: 50)

    /// The same request twenty times at once, as copies of a token would arrive.
    static func twentyAtOnce(_ send: @escaping @Sendable () async throws -> HTTPStatus) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for _ in 0..<20 { group.addTask(operation: send) }
            return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
        }
    }
}

@Suite("Connecting an app: the SMART authorization server")
struct AppAuthorizationTests {
    func parentWithChild(_ world: TestWorld, childAge: Int = 7) async throws -> (Member, Patient, Browser) {
        let member = try await Fixtures.member(world)
        let child = try await Fixtures.patient(world, name: "Sofia Rivera", bornYearsAgo: childAge)
        try await Fixtures.grant(world, member, child)
        let browser = Browser(world)
        try await browser.signIn(email: member.email)
        return (member, child, browser)
    }

    @Test("A parent connects an app to a child's record: consent, code, tokens and a signed ID token")
    func happyPath() async throws {
        try await withTestApp { world in
            let (member, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let start = try await browser.get(
                AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier))
            let consentPath = try #require(start.location)
            let consent = try await browser.get(consentPath)
            #expect(consent.body.contains("Let Growth Tracker read a health record?"))
            #expect(consent.body.contains("Lab results") && consent.body.contains("Immunizations"))
            #expect(consent.body.contains("Sofia Rivera"))
            #expect(consent.body.contains("It stays connected"))
            // The answer goes to the app's address: the page's policy lets its form lead there, and only there.
            let policy = consent.headers.first(name: "Content-Security-Policy") ?? ""
            #expect(policy.contains("form-action 'self' https://app.example.org;"))
            let home = try await browser.get(Routes.home())
            #expect(home.headers.first(name: "Content-Security-Policy")?.contains("form-action 'self';") == true)
            let answer = try await browser.post(
                consentPath, ["decision": "allow", "patient": child.id!.uuidString.lowercased()])
            let back = AppLaunch.parameters(of: try #require(answer.location))
            #expect(back["state"] == "st-1" && back["iss"] == world.config.publicBase)
            let code = try #require(back["code"])

            let tokens = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier)
            #expect(tokens.status == .ok)
            #expect(tokens.json["token_type"] as? String == "Bearer")
            #expect(tokens.json["patient"] as? String == child.id!.uuidString.lowercased())
            #expect(tokens.json["expires_in"] as? Double == 900)
            #expect(tokens.accessToken?.count == 43 && tokens.refreshToken?.count == 43)
            let scope = try #require(tokens.json["scope"] as? String)
            #expect(scope == "patient/*.rs launch/patient openid fhirUser offline_access")

            // The ID token verifies with the key published at the JWKS address.
            let idToken = try #require(tokens.json["id_token"] as? String)
            let jwks = try await Browser(world).get(Routes.jwks())
            let keys = try #require(
                (try JSONSerialization.jsonObject(with: Data(jwks.body.utf8)) as? [String: Any])?["keys"] as? [[String: String]])
            let key = try #require(keys.first)
            let parts = idToken.split(separator: ".").map(String.init)
            let header = try #require(
                try JSONSerialization.jsonObject(with: Base64URL.decode(parts[0])!) as? [String: String])
            #expect(header["kid"] == key["kid"] && header["alg"] == "ES256")
            let x = try #require(Base64URL.decode(key["x"]!)), y = try #require(Base64URL.decode(key["y"]!))
            let publicKey = try P256.Signing.PublicKey(x963Representation: Data([4]) + x + y)
            let signature = try P256.Signing.ECDSASignature(rawRepresentation: Base64URL.decode(parts[2])!)
            #expect(publicKey.isValidSignature(signature, for: Data("\(parts[0]).\(parts[1])".utf8)))
            let claims = try #require(
                try JSONSerialization.jsonObject(with: Base64URL.decode(parts[1])!) as? [String: Any])
            #expect(claims["aud"] as? String == registered.clientID)
            #expect(claims["sub"] as? String == member.id!.uuidString.lowercased())
            #expect(claims["nonce"] as? String == "n-1")
            #expect(claims["iss"] as? String == world.config.publicBase)
            #expect(
                claims["fhirUser"] as? String == "\(world.config.fhirBase)/RelatedPerson/\(member.id!.uuidString.lowercased())")

            let authorization = try #require(try await AppAuthorization.query(on: world.app.db).first())
            #expect(authorization.$patient.id == child.id && authorization.$member.id == member.id)
            let events = try await AuditEvent.query(on: world.app.db).all().map(\.action)
            #expect(events.contains("app.authorized") && events.contains("app.token_issued"))
        }
    }

    @Test("Signed out, the app's request waits through sign-in and the second factor, then asks")
    func signInFirst() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, totpSecret: SecondFactorTests.secret)
            let child = try await Fixtures.patient(world, bornYearsAgo: 4)
            try await Fixtures.grant(world, member, child)
            let registered = try await AppLaunch.register(world)
            let browser = Browser(world)
            let start = try await browser.get(
                AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier))
            let consentPath = try #require(start.location)
            let toSignIn = try await browser.get(consentPath)
            let signInPath = try #require(toSignIn.location)
            #expect(signInPath == Routes.signIn().query(["return_to": consentPath]))
            let form = try await browser.get(signInPath)
            #expect(form.body.contains(#"name="return_to" value="\#(consentPath)""#))
            let password = try await browser.post(
                Routes.signIn(), ["email": member.email, "password": Fixtures.password, "return_to": consentPath])
            #expect(password.location == Routes.signInCode())
            try await browser.get(Routes.signInCode())
            let code = try await browser.post(Routes.signInCode(), ["code": SecondFactorTests.code(world)])
            #expect(code.location == consentPath)
            #expect(try await browser.get(consentPath).body.contains("Growth Tracker"))
        }
    }

    @Test("Another site's address is never a place to return to after sign-in")
    func returnPathStaysHome() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            let form = try await browser.get(Routes.signIn().query(["return_to": "//evil.example/x"]))
            #expect(!form.body.contains("evil.example"))
            let signedIn = try await browser.post(
                Routes.signIn(), ["email": member.email, "password": Fixtures.password, "return_to": "https://evil.example/"])
            #expect(signedIn.location == Routes.home())
        }
    }

    @Test("An unknown app, or an address it did not register, is shown to the person and never redirected to")
    func unknownAppOrAddress() async throws {
        try await withTestApp { world in
            let registered = try await AppLaunch.register(world)
            let browser = Browser(world)
            let unknown = try await browser.get(
                AppLaunch.authorizePath(world, clientID: "nobody", verifier: AppLaunch.verifier))
            #expect(unknown.status == .badRequest && unknown.location == nil)
            #expect(unknown.body.contains("Nothing was shared"))
            for address in ["https://evil.example/callback", AppLaunch.redirect + "/", AppLaunch.redirect + "?x=1"] {
                let wrong = try await browser.get(
                    AppLaunch.authorizePath(
                        world, clientID: registered.clientID, verifier: AppLaunch.verifier, redirect: address))
                #expect(wrong.status == .badRequest && wrong.location == nil, "\(address)")
            }
            registered.app.disabledAt = world.now
            try await registered.app.update(on: world.app.db)
            let disabled = try await browser.get(
                AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier))
            #expect(disabled.status == .badRequest)
        }
    }

    @Test("A request without PKCE S256, for another server, for an EHR launch or for nothing goes back as an OAuth error")
    func badRequestsGoBack() async throws {
        try await withTestApp { world in
            let registered = try await AppLaunch.register(world, scopes: "patient/Immunization.rs")
            let browser = Browser(world)
            func error(_ path: String) async throws -> [String: String] {
                let page = try await browser.get(path)
                let location = try #require(page.location)
                #expect(location.hasPrefix(AppLaunch.redirect + "?"))
                return AppLaunch.parameters(of: location)
            }
            let base = AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier)
            let plain = base.replacingOccurrences(of: "code_challenge_method=S256", with: "code_challenge_method=plain")
            #expect(try await error(plain)["error"] == "invalid_request")
            let noChallenge = base.replacingOccurrences(of: "code_challenge=", with: "x=")
            #expect(try await error(noChallenge)["error"] == "invalid_request")
            let otherServer = base.replacingOccurrences(
                of: Browser.encode(world.config.fhirBase), with: Browser.encode("https://other.example/fhir"))
            #expect(try await error(otherServer)["error"] == "invalid_request")
            let token = base.replacingOccurrences(of: "response_type=code", with: "response_type=token")
            #expect(try await error(token)["error"] == "unsupported_response_type")
            #expect(try await error(base + "&launch=abc")["error"] == "invalid_request")
            // Registered for immunizations only: asking for results alone is asking for nothing.
            let nothing = try await error(
                AppLaunch.authorizePath(
                    world, clientID: registered.clientID, verifier: AppLaunch.verifier, scope: "patient/Observation.rs"))
            #expect(nothing["error"] == "invalid_scope" && nothing["state"] == "st-1")
            #expect(try await AppRequest.query(on: world.app.db).count() == 0)
        }
    }

    @Test("No: the app hears access_denied and gets no code; a record the member cannot see is refused")
    func denyAndWrongPatient() async throws {
        try await withTestApp { world in
            let (_, _, browser) = try await parentWithChild(world)
            let stranger = try await Fixtures.patient(world, name: "Other Child", bornYearsAgo: 6)
            let registered = try await AppLaunch.register(world)
            let path = AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier)
            let consentPath = try #require(try await browser.get(path).location)
            try await browser.get(consentPath)
            let wrong = try await browser.post(
                consentPath, ["decision": "allow", "patient": stranger.id!.uuidString.lowercased()])
            #expect(wrong.status == .badRequest && wrong.body.contains("Choose whose record"))
            #expect(!wrong.body.contains("Other Child"))
            let denied = try await browser.post(consentPath, ["decision": "deny"])
            let back = AppLaunch.parameters(of: try #require(denied.location))
            #expect(back["error"] == "access_denied" && back["code"] == nil && back["state"] == "st-1")
            // Answered: the same request cannot be answered again.
            let again = try await browser.get(consentPath)
            #expect(again.status == .notFound)
            #expect(try await AppAuthorization.query(on: world.app.db).count() == 0)
        }
    }

    @Test("PKCE: a wrong verifier gets no token; the app's own verifier then does")
    func pkceMismatch() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let code = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let wrong = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier + "x")
            #expect(wrong.status == .badRequest && wrong.error == "invalid_grant" && wrong.accessToken == nil)
            // 256 random bits cannot be guessed: a wrong verifier does not burn the family's code.
            let right = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier)
            #expect(right.status == .ok)
        }
    }

    @Test("A code used twice revokes what it gave; an expired code and another redirect address get nothing")
    func codeReuseAndExpiry() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let code = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let first = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier)
            #expect(first.status == .ok)
            let second = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier)
            #expect(second.error == "invalid_grant")
            let authorization = try #require(try await AppAuthorization.query(on: world.app.db).first())
            #expect(authorization.revokedAt != nil && authorization.revokedReason == .codeReused)
            let refreshed = try await AppLaunch.refresh(world, registered, try #require(first.refreshToken))
            #expect(refreshed.error == "invalid_grant")

            let late = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            world.advance(AppAuthorizationController.codeLifetime + 1)
            #expect(
                try await AppLaunch.exchange(world, registered, code: late, verifier: AppLaunch.verifier).error
                    == "invalid_grant")
            let elsewhere = try await AppLaunch.code(
                browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let moved = try await AppLaunch.exchange(
                world, registered, code: elsewhere, verifier: AppLaunch.verifier, redirect: "http://127.0.0.1:9999/cb")
            #expect(moved.error == "invalid_grant")
        }
    }

    @Test("Twenty exchanges of one code at once: one token, and the copies revoke it")
    func simultaneousCodes() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let code = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let answers = try await AppLaunch.twentyAtOnce {
                try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier).status
            }
            #expect(answers.filter { $0 == .ok }.count == 1)
            #expect(answers.filter { $0 == .badRequest }.count == 19)
            #expect(try await AppToken.query(on: world.app.db).filter(\.$kind == .access).count() == 1)
        }
    }

    @Test("A refresh token rotates; used again, it revokes the whole authorization, new tokens included")
    func refreshRotationAndReuse() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let code = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let first = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier)
            let firstRefresh = try #require(first.refreshToken)
            let second = try await AppLaunch.refresh(world, registered, firstRefresh)
            #expect(second.status == .ok && second.refreshToken != firstRefresh)
            let secondRefresh = try #require(second.refreshToken)
            let stolen = try await AppLaunch.refresh(world, registered, firstRefresh)
            #expect(stolen.error == "invalid_grant")
            #expect(try await AppLaunch.refresh(world, registered, secondRefresh).error == "invalid_grant")
            let authorization = try #require(try await AppAuthorization.query(on: world.app.db).first())
            #expect(authorization.revokedReason == .refreshTokenReused)
            let revoked = try await AuditEvent.query(on: world.app.db).filter(\.$action == "app.revoked").count()
            #expect(revoked == 1)
        }
    }

    @Test("Twenty refreshes with one token at once: one answer, and the copies revoke the authorization")
    func simultaneousRefresh() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let code = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let refresh = try #require(
                try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier).refreshToken)
            let answers = try await AppLaunch.twentyAtOnce { try await AppLaunch.refresh(world, registered, refresh).status }
            #expect(answers.filter { $0 == .ok }.count == 1)
            #expect(try await AppAuthorization.query(on: world.app.db).first()?.revokedAt != nil)
        }
    }

    @Test("A refresh may narrow the scopes but not widen them; another app cannot use the token")
    func refreshScopes() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world)
            let other = try await AppLaunch.register(world, name: "Other App")
            let scope = "launch/patient patient/Immunization.rs patient/Observation.rs offline_access"
            let code = try await AppLaunch.code(
                browser, world, registered, patient: child, verifier: AppLaunch.verifier, scope: scope)
            let refresh = try #require(
                try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier).refreshToken)
            let wider = try await AppLaunch.refresh(world, registered, refresh, scope: "patient/*.rs offline_access")
            #expect(wider.error == "invalid_scope")
            // Another app holding the token gets nothing, and revokes nothing.
            #expect(try await AppLaunch.refresh(world, other, refresh).error == "invalid_grant")
            let narrower = try await AppLaunch.refresh(world, registered, refresh, scope: "patient/Immunization.rs")
            #expect(narrower.status == .ok && narrower.json["scope"] as? String == "patient/Immunization.rs")
            // The next refresh token keeps what was first granted.
            let next = try await AppLaunch.refresh(world, registered, try #require(narrower.refreshToken))
            #expect(
                next.json["scope"] as? String == "patient/Immunization.rs patient/Observation.rs launch/patient offline_access")
        }
    }

    @Test("A confidential app must prove itself with its secret; a disabled app gets no tokens")
    func confidentialAndDisabled() async throws {
        try await withTestApp { world in
            let (_, child, browser) = try await parentWithChild(world)
            let registered = try await AppLaunch.register(world, confidential: true)
            let code = try await AppLaunch.code(browser, world, registered, patient: child, verifier: AppLaunch.verifier)
            let fields = [
                "grant_type": "authorization_code", "code": code, "redirect_uri": AppLaunch.redirect,
                "code_verifier": AppLaunch.verifier,
            ]
            let unauthenticated = try await AppLaunch.token(world, fields.merging(["client_id": registered.clientID]) { $1 })
            #expect(unauthenticated.status == .unauthorized && unauthenticated.error == "invalid_client")
            let wrongSecret = try await AppLaunch.token(world, fields, basic: (registered.clientID, "guess"))
            #expect(wrongSecret.status == .unauthorized)
            let right = try await AppLaunch.token(world, fields, basic: (registered.clientID, registered.secret!))
            #expect(right.status == .ok)

            registered.app.disabledAt = world.now
            try await registered.app.update(on: world.app.db)
            let disabled = try await AppLaunch.token(
                world, ["grant_type": "refresh_token", "refresh_token": right.refreshToken!],
                basic: (registered.clientID, registered.secret!))
            #expect(disabled.status == .unauthorized && disabled.error == "invalid_client")
            #expect(try await AppLaunch.token(world, ["grant_type": "password"]).status == .unauthorized)
        }
    }

    @Test("Discovery: the SMART configuration names the endpoints, PKCE S256 and the capabilities")
    func discovery() async throws {
        try await withTestApp { world in
            let page = try await Browser(world).get(Routes.smartConfiguration())
            let json = try #require(try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
            #expect(json["authorization_endpoint"] as? String == world.config.publicBase + "/oauth/authorize")
            #expect(json["token_endpoint"] as? String == world.config.publicBase + "/oauth/token")
            #expect(json["code_challenge_methods_supported"] as? [String] == ["S256"])
            let capabilities = try #require(json["capabilities"] as? [String])
            #expect(capabilities.contains("launch-standalone") && capabilities.contains("permission-v2"))
            #expect((json["scopes_supported"] as? [String])?.contains("patient/Observation.rs") == true)
        }
    }
}

@Suite("Administrators register the apps families may connect")
struct AppRegistrationTests {
    @Test("An administrator registers an app (the secret shown once), a bad one is refused, and disabling stops it")
    func registerAndDisable() async throws {
        try await withTestApp { world in
            let admin = try await Fixtures.staff(world, role: .administrator)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, admin)
            try await browser.get(Routes.staffApps())
            for (fields, message) in [
                (["name": "", "redirects": AppLaunch.redirect], "Give the app&#39;s name."),
                (["name": "X", "redirects": ""], "Give at least one redirect address."),
                (["name": "X", "redirects": "http://app.example.org/cb"], "This redirect address cannot be used"),
                (["name": "X", "redirects": AppLaunch.redirect, "scopes": "patient/*.cruds"], "This scope is not one"),
                (["name": "X", "redirects": AppLaunch.redirect, "scopes": "openid"], "at least one scope that reads"),
            ] {
                let refused = try await browser.post(Routes.registerApp(), fields.merging(["kind": "public"]) { a, _ in a })
                #expect(refused.status == .unprocessableEntity && refused.body.contains(message), "\(fields)")
            }
            #expect(try await SMARTApp.query(on: world.app.db).count() == 0)
            let unknownKind = try await browser.post(
                Routes.registerApp(), ["name": "X", "kind": "public ", "redirects": AppLaunch.redirect])
            #expect(unknownKind.status == .badRequest)

            let created = try await browser.post(
                Routes.registerApp(),
                [
                    "name": "Growth Tracker", "kind": "confidential", "redirects": AppLaunch.redirect + "\n",
                    "scopes": "patient/Immunization.read openid",
                ])
            #expect(created.status == .created)
            let app = try #require(try await SMARTApp.query(on: world.app.db).first())
            #expect(
                app.confidential && app.scopes == "patient/Immunization.rs openid"
                    && app.redirectAddresses == [AppLaunch.redirect])
            let secret = try #require(created.body.firstMatch(of: /<p><code>([A-Za-z0-9_-]{43})<\/code><\/p>/)?.1)
            #expect(RandomToken.sha256Hex(String(secret)) == app.secretHash)
            let reloaded = try await browser.get(Routes.staffApp(app.ref))
            #expect(!reloaded.body.contains(String(secret)) && reloaded.body.contains(app.clientID))

            // A family connects it; disabling it stops the tokens, enabling brings them back.
            let parent = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, bornYearsAgo: 5)
            try await Fixtures.grant(world, parent, child)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.immunizations(for: child))
            let family = Browser(world)
            try await family.signIn(email: parent.email)
            let registered = AppLaunch.Registered(app: app, secret: String(secret))
            let code = try await AppLaunch.code(
                family, world, registered, patient: child, verifier: AppLaunch.verifier, scope: "patient/Immunization.rs")
            let token = try #require(
                try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier).accessToken)
            let reader = AppReader(world: world, token: token, registered: registered, refreshToken: nil)
            #expect(try await reader.search("Immunization").count == 1)

            #expect(try await browser.post(Routes.staffAppStatus(app.ref), ["status": "paused"]).status == .badRequest)
            let disabled = try await browser.post(Routes.staffAppStatus(app.ref), ["status": "disabled"])
            #expect(try await browser.get(disabled.location!).body.contains("The app is disabled"))
            #expect(try await reader.get("Immunization").status == .unauthorized)
            // Enabled again, it does not get its old tokens back: the family connects it anew.
            try await browser.post(Routes.staffAppStatus(app.ref), ["status": "enabled"])
            #expect(try await reader.get("Immunization").status == .unauthorized)
            let again = try await AppLaunch.code(
                family, world, registered, patient: child, verifier: AppLaunch.verifier, scope: "patient/Immunization.rs")
            #expect(try await AppLaunch.exchange(world, registered, code: again, verifier: AppLaunch.verifier).status == .ok)
            let actions = try await AuditEvent.query(on: world.app.db).all().map(\.action)
            #expect(actions.contains("app.registered") && actions.contains("app.disabled") && actions.contains("app.enabled"))
        }
    }
}

@Suite("Connecting an app: what the review found")
struct AppAuthorizationEdgeTests {
    @Test("A session left open for long asks for the password again before a record is shared")
    func freshProof() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, bornYearsAgo: 6)
            try await Fixtures.grant(world, member, child)
            let registered = try await AppLaunch.register(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            world.advance(10 * 60)
            try await browser.post(Routes.keepAlive(), [:])
            let start = try await browser.get(
                AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier))
            let consentPath = try #require(start.location)
            let asked = try await browser.get(consentPath)
            #expect(asked.location == Routes.confirmIdentity().query(["return_to": consentPath]))
            let posted = try await browser.post(consentPath, ["decision": "allow", "patient": child.id!.uuidString.lowercased()])
            #expect(posted.location?.hasPrefix(Routes.confirmIdentity()) == true)
            #expect(try await AppAuthorization.query(on: world.app.db).count() == 0)
        }
    }

    @Test("A teenager choosing their own record is told the app would see what their parents do not")
    func teenWarning() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let registered = try await AppLaunch.register(world)
            func consent(_ member: Member) async throws -> String {
                let browser = Browser(world)
                try await browser.signIn(email: member.email)
                let start = try await browser.get(
                    AppLaunch.authorizePath(world, clientID: registered.clientID, verifier: AppLaunch.verifier))
                return try await browser.get(start.location!).body
            }
            #expect(try await consent(clinic.teenAccount).contains("This is your own record"))
            #expect(!(try await consent(clinic.parent).contains("This is your own record")))
        }
    }

    @Test("Closing a member's account ends the apps they connected")
    func deactivationRevokes() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let app = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let him = try await Fixtures.staff(world, role: .him)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, him)
            try await browser.get(Routes.staffMember(clinic.parent.ref))
            let closed = try await browser.post(Routes.staffMemberDeactivate(clinic.parent.ref), ["reason": "Lost custody"])
            #expect(closed.status.code < 400)
            #expect(try await app.get("Patient/\(clinic.child.id!.uuidString)").status == .unauthorized)
            #expect(try await AppAuthorization.query(on: world.app.db).first()?.revokedReason == .accountClosed)
        }
    }

    @Test("The consent page's policy names an app's origin as browsers read it, IPv6 and private schemes included")
    func origins() {
        #expect(AppAuthorizationController.origin(of: "https://app.example.org/cb?x=1") == "https://app.example.org")
        #expect(AppAuthorizationController.origin(of: "http://127.0.0.1:8765/callback") == "http://127.0.0.1:8765")
        #expect(AppAuthorizationController.origin(of: "http://[::1]:8765/cb") == "http://[::1]:8765")
        #expect(AppAuthorizationController.origin(of: "org.example.app:/callback") == "org.example.app:")
    }

    @Test("A search with too many alternatives or parameters is a 400, not a database error")
    func searchCaps() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let app = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let codes = (1...1100).map(String.init).joined(separator: ",")
            #expect(try await app.get("Observation?code=\(codes)").status == .badRequest)
            let dates = Array(repeating: "date=ge2020-01-01", count: 30).joined(separator: "&")
            #expect(try await app.get("Observation?\(dates)").status == .badRequest)
            #expect(try await app.get("Observation?code=\((1...50).map(String.init).joined(separator: ","))").status == .ok)
        }
    }
}
