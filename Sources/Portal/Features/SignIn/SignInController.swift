import Fluent
import PortalCore
import Vapor

/// Sign-in for members and staff: password, then the second factor where there is one.
struct SignInController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.signIn) { req in showForm(req, audience: .member) }
        routes.on(Routes.submitSignIn) { req in try await signIn(req, audience: .member) }
        routes.on(Routes.staffSignIn) { req in showForm(req, audience: .staff) }
        routes.on(Routes.submitStaffSignIn) { req in try await signIn(req, audience: .staff) }
        routes.on(Routes.signInCode) { req in try await showCodeForm(req) }
        routes.on(Routes.submitSignInCode) { req in try await verifyCode(req) }
        routes.on(Routes.signOut) { req in try await signOut(req) }
        routes.on(Routes.keepAlive) { req in
            // The session middleware has already refreshed the session by loading it.
            _ = try req.requireSignedInAnyone()
            return Response.redirect(to: ReturnPath.safe(try? req.content.get(String.self, at: "return_to")))
        }
    }

    struct Credentials: Content {
        var email: String?
        var password: String?
        var returnTo: String?

        enum CodingKeys: String, CodingKey {
            case email, password
            case returnTo = "return_to"
        }
    }

    private struct Account {
        let kind: AccountLock.Kind
        let id: UUID
        let passwordHash: String
        let isActive: Bool
        let hasSecondFactor: Bool
        let isLocked: Bool
    }

    func showForm(_ req: Request, audience: SignInPage.Audience) -> Response {
        if let current = req.currentSession, current.isSignedIn {
            return .redirect(to: current.staff != nil ? Routes.staffHome() : Routes.home())
        }
        let notice: LocalizedText? =
            if req.query[String.self, at: "signed_out"] == "1" {
                Strings.signIn.signedOut
            } else if req.query[String.self, at: "reset"] == "1", audience == .member {
                Strings.passwordReset.changed
            } else if req.query[String.self, at: "password"] == "1", audience == .staff {
                Strings.staffAccounts.passwordSaved
            } else {
                nil
            }
        let returnTo = audience == .member ? ReturnPath.checked(req.query[String.self, at: "return_to"]) : nil
        return SignInPage.render(
            .init(audience: audience, notice: notice, returnTo: returnTo), context: req.pageContextWithoutRecords()
        ).response()
    }

    func signIn(_ req: Request, audience: SignInPage.Audience) async throws -> Response {
        let form = (try? req.content.decode(Credentials.self)) ?? Credentials()
        let email = (form.email ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let password = form.password ?? ""
        let returnTo = audience == .member ? ReturnPath.checked(form.returnTo) : nil
        func refuse(_ message: LocalizedText, _ status: HTTPResponseStatus) -> Response {
            SignInPage.render(
                .init(audience: audience, email: String(email.prefix(254)), error: message, returnTo: returnTo),
                context: req.pageContextWithoutRecords()
            )
            .response(status: status)
        }
        guard !email.isEmpty, email.count <= 254, !password.isEmpty, password.count <= 1024 else {
            return refuse(Strings.signIn.missingFields, .badRequest)
        }

        // A place for the password's hash first: in a surge past what the cores can hash,
        // the answer is "try again in a moment" (503) at once, and nothing is counted.
        let place = try req.portal.passwords.reservePlace()
        defer { place.release() }
        let actorKind: AuditEntry.ActorKind = audience == .staff ? .staff : .member
        let throttling = SignInThrottling(database: req.db, now: req.now)
        let attempt: SignInThrottling.Attempt
        switch try await throttling.begin(
            accountKey: SignInThrottling.accountKey("\(audience):\(email)"),
            addressKey: SignInThrottling.addressKey(req.clientAddress))
        {
        case .wait(let minutes):
            try await req.audit(.signIn, .throttled, actorKind: actorKind, actorID: nil)
            req.portal.metrics.signInFailed(.throttled, staff: audience == .staff)
            return refuse(Strings.signIn.throttled(minutes), .tooManyRequests)
        case .proceed(let begun): attempt = begun
        }
        // A hash refused for waiting too long in a surge is no attempt: it is withdrawn.
        func verify(against hash: String) async throws -> Bool {
            do {
                return try await req.portal.passwords.verify(password, against: hash, in: place)
            } catch PortalError.busy {
                try await throttling.withdraw(attempt)
                throw PortalError.busy
            }
        }

        let account = try await findAccount(email: email, audience: audience, on: req.db)
        // A locked account answers exactly as a wrong password does, whatever is typed: a
        // different answer to the right password would tell a guesser it was right. Its
        // owner learned of the lock by e-mail. Unknown e-mails and locked accounts are checked
        // against a decoy hash, so every refusal takes the same time.
        if let account, account.isLocked {
            _ = try await verify(against: req.portal.decoyPasswordHash)
            try await throttling.failed(attempt)
            try await req.audit(.accountLocked, .denied, actorKind: actorKind, actorID: account.id)
            req.portal.metrics.signInFailed(.locked, staff: audience == .staff)
            return refuse(Strings.signIn.wrongCredentials, .unauthorized)
        }
        let matches = try await verify(against: account?.passwordHash ?? req.portal.decoyPasswordHash)
        guard let account, matches else {
            try await throttling.failed(attempt)
            try await req.auditedChange { change in
                // A closed account is not locked or mailed about: its address may be released.
                if let account, account.isActive { try await Self.countFailure(account.kind, account.id, change) }
                try await change.audit(.signIn, .failure, actorKind: actorKind, actorID: account?.id)
            }
            req.portal.metrics.signInFailed(.wrongPassword, staff: audience == .staff)
            return refuse(Strings.signIn.wrongCredentials, .unauthorized)
        }
        // Only the right password learns that the account was closed, and whom to call.
        guard account.isActive else {
            try await throttling.withdraw(attempt)
            try await req.audit(.signIn, .denied, actorKind: actorKind, actorID: account.id)
            req.portal.metrics.signInFailed(.deactivated, staff: audience == .staff)
            return refuse(Strings.signIn.deactivated(req.portal.config.himContact), .forbidden)
        }
        // The count of failures starts afresh only once the whole sign-in is done: a right
        // password does not buy more guesses at the second factor. A lock set by a failure
        // sent alongside wins, with the same answer as above.
        if !account.hasSecondFactor,
            try await !AccountLock(kind: account.kind, accountID: account.id, database: req.db).clearUnlessLocked()
        {
            try await throttling.failed(attempt)
            try await req.audit(.accountLocked, .denied, actorKind: actorKind, actorID: account.id)
            req.portal.metrics.signInFailed(.locked, staff: audience == .staff)
            return refuse(Strings.signIn.wrongCredentials, .unauthorized)
        }
        try await throttling.succeeded(attempt)

        let stage: UserSession.Stage
        let destination: String
        switch (audience, account.hasSecondFactor) {
        case (_, true): (stage, destination) = (.awaitingSecondFactor, Routes.signInCode())
        case (.staff, false): (stage, destination) = (.settingUpSecondFactor, Routes.secondFactorSetup())
        case (.member, false): (stage, destination) = (.signedIn, returnTo ?? Routes.home())
        }
        let response = Response.redirect(to: destination)
        _ = try await req.startSession(
            memberID: audience == .member ? account.id : nil, staffUserID: audience == .staff ? account.id : nil,
            stage: stage, replacing: req.currentSession?.session, response: response,
            recording: req.auditEntry(.signIn, .success, actorKind: actorKind, actorID: account.id),
            resumingAt: stage == .awaitingSecondFactor ? returnTo : nil)
        return response
    }

    private func findAccount(email: String, audience: SignInPage.Audience, on db: any Database) async throws -> Account? {
        switch audience {
        case .member:
            // A closed account has let go of its address; its owner's right password still
            // learns that it was closed, and whom to call, unless a new account took the address.
            let open = try await Member.query(on: db).filter(\.$email == email).first()
            let closed =
                open == nil
                ? try await Member.query(on: db).filter(\.$releasedEmail == email).sort(\.$deactivatedAt, .descending)
                    .first() : nil
            return try (open ?? closed).map {
                Account(
                    kind: .member, id: try $0.requireID(), passwordHash: $0.passwordHash, isActive: $0.status == .active,
                    hasSecondFactor: $0.hasSecondFactor, isLocked: $0.signInLockedAt != nil)
            }
        case .staff:
            return try await StaffUser.query(on: db).filter(\.$email == email).first().map {
                Account(
                    kind: .staff, id: try $0.requireID(), passwordHash: $0.passwordHash, isActive: $0.status == .active,
                    hasSecondFactor: $0.totpSecret != nil, isLocked: $0.signInLockedAt != nil)
            }
        }
    }

    /// Counts a failed password or code against the account. The failure that locks it is
    /// audited, and the owner is told by e-mail: the sign-in page will not say so.
    static func countFailure(_ kind: AccountLock.Kind, _ accountID: UUID, _ change: AuditedChange) async throws {
        let req = change.request
        guard try await AccountLock(kind: kind, accountID: accountID, database: change.db).countFailure(at: req.now) else {
            return
        }
        try await change.audit(.accountLocked, .success, actorKind: kind == .staff ? .staff : .member, actorID: accountID)
        let owner: (email: String, language: Language)?
        switch kind {
        case .member: owner = try await Member.find(accountID, on: change.db).map { ($0.email, $0.language) }
        case .staff: owner = try await StaffUser.find(accountID, on: change.db).map { ($0.email, $0.language) }
        }
        guard let owner else { return }
        let words = Strings.mail
        try await Outbox.enqueue(
            to: owner.email, subject: words.accountLockedSubject(owner.language),
            body: words.accountLocked(kind == .staff, req.portal.config)(owner.language),
            dedupeKey: "account.locked:\(accountID.uuidString.lowercased()):\(Int(req.now.timeIntervalSince1970))",
            now: req.now, config: req.portal.config, on: change.db)
    }

    private func pendingSession(_ req: Request) throws -> CurrentSession {
        guard let current = req.currentSession, current.session.stage == .awaitingSecondFactor else {
            throw PortalError.signInRequired
        }
        return current
    }

    /// A member whose second factor is a code by e-mail gets one when the page first shows.
    func showCodeForm(_ req: Request) async throws -> Response {
        let current = try pendingSession(req)
        var model = SecondFactorCodePage.Model()
        if let member = current.member, member.emailSecondFactor {
            model.emailedTo = MailMessage.masked(member.email)
            if case .wait(let minutes) = try await EmailCodes(request: req).send(
                to: member, for: .signIn, binding: EmailCodes.binding(current.session.requireID()))
            {
                model.error = Strings.signIn.throttled(minutes)
            }
        }
        return SecondFactorCodePage.render(model, context: req.pageContextWithoutRecords()).response()
    }

    /// "Send me a new code": counted by the same sending limit, never by the code's.
    private func resendCode(_ req: Request, _ current: CurrentSession) async throws -> Response {
        guard let member = current.member, member.emailSecondFactor else { return .redirect(to: Routes.signInCode()) }
        var model = SecondFactorCodePage.Model(emailedTo: MailMessage.masked(member.email))
        switch try await EmailCodes(request: req).send(
            to: member, for: .signIn, binding: EmailCodes.binding(current.session.requireID()), force: true)
        {
        case .wait(let minutes): model.error = Strings.signIn.throttled(minutes)
        case .sent, .alreadySent: model.notice = Strings.signIn.newCodeSent
        }
        return SecondFactorCodePage.render(model, context: req.pageContextWithoutRecords()).response()
    }

    func verifyCode(_ req: Request) async throws -> Response {
        let current = try pendingSession(req)
        if (try? req.content.get(String.self, at: "resend")) == "1" { return try await resendCode(req, current) }
        let emailedTo = current.member.flatMap { $0.emailSecondFactor ? MailMessage.masked($0.email) : nil }
        let code = String(((try? req.content.get(String.self, at: "code")) ?? "").prefix(64))
        let isStaff = current.staff != nil
        let accountID = try current.member?.requireID() ?? current.staff!.requireID()
        let actorKind: AuditEntry.ActorKind = isStaff ? .staff : .member
        let kind: AccountLock.Kind = isStaff ? .staff : .member
        let throttling = SignInThrottling(database: req.db, now: req.now)
        func refuse(_ message: LocalizedText, _ status: HTTPResponseStatus) -> Response {
            SecondFactorCodePage.render(.init(error: message, emailedTo: emailedTo), context: req.pageContextWithoutRecords())
                .response(status: status)
        }
        let attempt: SignInThrottling.Attempt
        switch try await throttling.begin(
            accountKey: SignInThrottling.accountKey("code:\(accountID)"),
            addressKey: SignInThrottling.addressKey(req.clientAddress))
        {
        case .wait(let minutes):
            try await req.audit(.signInSecondFactor, .throttled, actorKind: actorKind, actorID: accountID)
            req.portal.metrics.signInFailed(.throttled, staff: isStaff)
            return refuse(Strings.signIn.throttled(minutes), .tooManyRequests)
        case .proceed(let begun): attempt = begun
        }

        // Locked meanwhile (by guesses from elsewhere): the same answer as a wrong code, and
        // no code, recovery codes included, is spent on it.
        let lock = AccountLock(kind: kind, accountID: accountID, database: req.db)
        if try await lock.isLocked() {
            try await throttling.failed(attempt)
            try await req.audit(.accountLocked, .denied, actorKind: actorKind, actorID: accountID)
            req.portal.metrics.signInFailed(.locked, staff: isStaff)
            return refuse(Strings.signIn.wrongCode, .unauthorized)
        }
        let verifier = SecondFactor(request: req)
        var accepted: Bool
        if let member = current.member, member.emailSecondFactor {
            accepted = try await EmailCodes(request: req).redeem(
                code, for: member, purpose: .signIn, binding: EmailCodes.binding(current.session.requireID()))
        } else if let member = current.member {
            accepted = try await verifier.verifyCode(code, for: member)
        } else {
            accepted = try await verifier.verifyCode(code, for: current.staff!)
        }
        func countFailure() async throws {
            try await throttling.failed(attempt)
            try await req.auditedChange { change in
                try await Self.countFailure(kind, accountID, change)
                try await change.audit(.signInSecondFactor, .failure, actorKind: actorKind, actorID: accountID)
            }
            req.portal.metrics.signInFailed(.wrongCode, staff: isStaff)
        }
        if !accepted, let owner = current.owner {
            do {
                accepted = try await RecoveryCodes(request: req).redeem(code, for: owner)
            } catch PortalError.busy {
                // Counted as a wrong code whatever it was: the authenticator's check has run,
                // and a surge that keeps the hashing busy must buy no uncounted guesses.
                try await countFailure()
                throw PortalError.busy
            }
        }
        guard accepted else {
            try await countFailure()
            return refuse(Strings.signIn.wrongCode, .unauthorized)
        }
        guard try await lock.clearUnlessLocked() else {
            try await throttling.failed(attempt)
            try await req.audit(.accountLocked, .denied, actorKind: actorKind, actorID: accountID)
            req.portal.metrics.signInFailed(.locked, staff: isStaff)
            return refuse(Strings.signIn.wrongCode, .unauthorized)
        }
        try await throttling.succeeded(attempt)
        let resumed = isStaff ? nil : ReturnPath.checked(current.session.resumePath)
        let response = Response.redirect(to: isStaff ? Routes.staffHome() : resumed ?? Routes.home())
        _ = try await req.startSession(
            memberID: current.member?.id, staffUserID: current.staff?.id, stage: .signedIn, replacing: current.session,
            response: response, recording: req.auditEntry(.signInSecondFactor, .success, actorKind: actorKind, actorID: accountID)
        )
        return response
    }

    func signOut(_ req: Request) async throws -> Response {
        let isStaff = req.currentSession?.staff != nil
        let response = Response.redirect(to: (isStaff ? Routes.staffSignIn() : Routes.signIn()) + "?signed_out=1")
        if let current = req.currentSession {
            try await req.auditedChange { change in
                try await current.session.delete(on: change.db)
                try await change.audit(.signOut, .success)
            }
        }
        response.cookies[req.sessionCookieName] = .expired
        return response
    }
}

extension Request {
    func requireSignedInAnyone() throws -> CurrentSession {
        guard let current = currentSession, current.isSignedIn else { throw PortalError.signInRequired }
        return current
    }
}
