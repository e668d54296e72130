import Fluent
import PortalCore
import Vapor

/// The member's account page, second-factor setup (members by choice, staff by rule) and
/// "sign out everywhere".
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.account) { req in try await account(req) }
        routes.on(Routes.secondFactorSetup) { req in try await showSetup(req) }
        routes.on(Routes.confirmSecondFactor) { req in try await confirmSetup(req) }
        routes.on(Routes.signOutEverywhere) { req in try await signOutEverywhere(req) }
        routes.on(Routes.resultDelay) { req in try await saveResultDelay(req) }
    }

    /// The member's choice of when new results appear (0-7 days); anything else is refused
    /// with the page and a message, and the stored choice is left as it was.
    func saveResultDelay(_ req: Request) async throws -> Response {
        let member = try req.signedInMember()
        guard let days = (try? req.content.get(String.self, at: "days")).flatMap({ Int($0) }), (0...7).contains(days) else {
            return try await accountPage(req, member: member, status: .badRequest) {
                $0.resultDelayError = Strings.account.resultDelayInvalid
            }
        }
        member.resultDelayDays = days
        try await member.update(on: req.db)
        return req.redirect(to: "\(Routes.account())?changed=results", redirectType: .normal)
    }

    func account(_ req: Request) async throws -> Response {
        if req.currentSession?.staff != nil { return .redirect(to: Routes.staffHome()) }
        let member = try req.signedInMember()
        let notice: LocalizedText? =
            switch req.query[String.self, at: "changed"] {
            case "results": Strings.account.resultDelaySaved
            default: nil
            }
        return try await accountPage(req, member: member) { $0.notice = notice }
    }

    private func accountPage(
        _ req: Request, member: Member, status: HTTPResponseStatus = .ok, adjust: (inout AccountPage.Model) -> Void = { _ in }
    ) async throws -> Response {
        let codesLeft = try await RecoveryCodes(request: req).unusedCount(for: .member(member.requireID()))
        var model = AccountPage.Model(
            name: member.fullName, email: member.email, hasSecondFactor: member.hasSecondFactor,
            factorByEmail: member.emailSecondFactor,
            recoveryCodesLeft: codesLeft, resultDelayDays: member.resultDelayDays)
        adjust(&model)
        return AccountPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    /// Who may set up a second factor now: staff right after their password, or a signed-in
    /// member who has none yet.
    private func setupSession(_ req: Request) throws -> CurrentSession {
        guard let current = req.currentSession else { throw PortalError.signInRequired }
        if current.staff != nil, current.session.stage == .settingUpSecondFactor { return current }
        if let member = current.member, current.isSignedIn, !member.hasSecondFactor { return current }
        if current.isSignedIn { throw PortalError.notFound }
        throw PortalError.signInRequired
    }

    /// A member changing how they sign in gives their password again first; staff reach setup
    /// straight from their password, as part of signing in.
    private func staleProof(_ req: Request, _ current: CurrentSession) throws -> Response? {
        guard current.member != nil else { return nil }
        return try SecurityController.staleProof(req, returnTo: Routes.secondFactorSetup())
    }

    func showSetup(_ req: Request) async throws -> Response {
        let current = try setupSession(req)
        if let stale = try staleProof(req, current) { return stale }
        let secret: String
        if let sealed = current.session.pendingTOTPSecret {
            secret = try req.portal.secrets.open(sealed)
        } else {
            secret = TOTPVerifier.makeSecret()
            current.session.pendingTOTPSecret = try req.portal.secrets.seal(secret)
            try await current.session.update(on: req.db)
        }
        return try await setupPage(req, current: current, secret: secret, error: nil, status: .ok)
    }

    private func setupPage(
        _ req: Request, current: CurrentSession, secret: String, error: LocalizedText?, status: HTTPResponseStatus
    ) async throws -> Response {
        let account = current.member?.email ?? current.staff?.email ?? ""
        let model = SecondFactorSetupPage.Model(
            secret: secret,
            provisioningURI: TOTPVerifier.provisioningURI(
                secret: secret, account: account, issuer: req.portal.config.hospitalName),
            isRequiredStaffSetup: current.staff != nil, error: error,
            welcomesNewMember: current.member != nil && (try? req.query.get(String.self, at: "welcome")) == "1")
        return SecondFactorSetupPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    func confirmSetup(_ req: Request) async throws -> Response {
        let current = try setupSession(req)
        if let stale = try staleProof(req, current) { return stale }
        guard let sealed = current.session.pendingTOTPSecret else { return .redirect(to: Routes.secondFactorSetup()) }
        let secret = try req.portal.secrets.open(sealed)
        let code = String(((try? req.content.get(String.self, at: "code")) ?? "").prefix(32))
        guard let counter = TOTPVerifier.acceptedCounter(code: code, secret: secret, now: req.now, lastUsedCounter: nil) else {
            return try await setupPage(
                req, current: current, secret: secret, error: Strings.account.wrongSetupCode, status: .badRequest)
        }

        if let staff = current.staff {
            staff.totpSecret = sealed
            staff.totpLastCounter = counter
            let codes = try await req.auditedChange { change in
                try await staff.update(on: change.db)
                let codes = try await RecoveryCodes(request: req).replace(for: .staff(staff.requireID()), on: change.db)
                try await change.audit(.secondFactorEnabled, .success)
                return codes
            }
            current.session.pendingTOTPSecret = nil
            // The page is drawn for the new session, so its forms carry the new CSRF token.
            let cookies = Response()
            let session = try await req.startSession(
                memberID: nil, staffUserID: staff.id, stage: .signedIn, replacing: current.session, response: cookies,
                recording: nil)
            req.currentSession = CurrentSession(session: session, member: nil, staff: staff)
            let response = RecoveryCodesPage.render(codes: codes, isStaff: true, context: req.pageContextWithoutRecords())
                .response()
            response.cookies = cookies.cookies
            return response
        }

        let member = current.member!
        let memberID = try member.requireID()
        let codes = try await req.auditedChange { change in
            let db = change.db
            member.totpSecret = sealed
            member.totpLastCounter = counter
            try await member.update(on: db)
            current.session.pendingTOTPSecret = nil
            try await current.session.update(on: db)
            let codes = try await RecoveryCodes(request: req).replace(for: .member(memberID), on: db)
            try await SecurityNotices.tell(member.email, member.language, .secondFactorOn, req, on: db)
            try await change.audit(.secondFactorEnabled, .success)
            return codes
        }
        return RecoveryCodesPage.render(codes: codes, isStaff: false, context: try await req.pageContext()).response()
    }

    func signOutEverywhere(_ req: Request) async throws -> Response {
        let current = try req.requireSignedInAnyone()
        try await req.auditedChange { change in
            if let member = current.member {
                try await UserSession.query(on: change.db).filter(\.$member.$id == member.requireID()).delete()
                try await PendingAccountLinks.cancel(for: member.requireID(), at: req.now, on: change.db)
            } else if let staff = current.staff {
                try await UserSession.query(on: change.db).filter(\.$staffUser.$id == staff.requireID()).delete()
            }
            try await change.audit(.signOutEverywhere, .success)
        }
        let response = Response.redirect(to: (current.staff != nil ? Routes.staffSignIn() : Routes.signIn()) + "?signed_out=1")
        response.cookies[req.sessionCookieName] = .expired
        return response
    }
}
