import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// Changes to how an account signs in (its password, its second factor, its recovery codes)
/// need fresh proof: the password, and the second factor where there is one, given within the
/// last 5 minutes. Someone who finds a signed-in browser cannot lock its owner out.
struct SecurityController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.confirmIdentity) { req in try await showConfirm(req) }
        routes.on(Routes.submitConfirmIdentity) { req in try await confirm(req) }
        routes.on(Routes.accountSecurity) { req in try await security(req) }
        routes.on(Routes.changePassword) { req in try await changePassword(req) }
        routes.on(Routes.removeSecondFactor) { req in try await removeSecondFactor(req) }
        routes.on(Routes.newRecoveryCodes) { req in try await newRecoveryCodes(req) }
        routes.on(Routes.startEmailCodes) { req in try await startEmailCodes(req) }
        routes.on(Routes.confirmEmailCodes) { req in try await confirmEmailCodes(req) }
    }

    private func codeBinding(_ current: CurrentSession, _ purpose: EmailCode.Purpose) throws -> String {
        EmailCodes.binding("\(purpose.rawValue):" + (try current.session.requireID()))
    }

    /// The confirmation page, coming back to `returnTo` once it is given; nil when the proof
    /// is still fresh.
    static func staleProof(_ req: Request, returnTo: String) throws -> Response? {
        let current = try req.requireSignedInAnyone()
        guard !current.hasFreshProof(at: req.now) else { return nil }
        return .redirect(to: Routes.confirmIdentity().query(["return_to": returnTo]))
    }

    private func returnPath(_ req: Request) -> String {
        let candidate =
            (try? req.content.get(String.self, at: "return_to")) ?? req.query[String.self, at: "return_to"]
        return ReturnPath.safe(candidate ?? Routes.accountSecurity())
    }

    /// A member whose second factor is a code by e-mail gets one when the page first shows.
    func showConfirm(_ req: Request) async throws -> Response {
        let current = try req.requireSignedInAnyone()
        var model = ConfirmIdentityPage.Model(hasSecondFactor: current.hasSecondFactor, returnTo: returnPath(req))
        if let member = current.member, member.emailSecondFactor {
            model.emailedTo = MailMessage.masked(member.email)
            if case .wait(let minutes) = try await EmailCodes(request: req).send(
                to: member, for: .confirmIdentity, binding: codeBinding(current, .confirmIdentity))
            {
                model.error = Strings.signIn.throttled(minutes)
            }
        }
        return ConfirmIdentityPage.render(model, context: req.pageContextWithoutRecords()).response()
    }

    /// Throttled and counted like sign-in: the same consecutive-failure lock, so a stolen
    /// session is no better place to guess a password than the sign-in page.
    func confirm(_ req: Request) async throws -> Response {
        let current = try req.requireSignedInAnyone()
        guard let owner = current.owner else { throw PortalError.signInRequired }
        let returnTo = returnPath(req)
        let password = String(((try? req.content.get(String.self, at: "password")) ?? "").prefix(1024))
        let code = String(((try? req.content.get(String.self, at: "code")) ?? "").prefix(64))
        let emailedTo = current.member.flatMap { $0.emailSecondFactor ? MailMessage.masked($0.email) : nil }
        func refuse(_ message: LocalizedText?, _ status: HTTPResponseStatus, notice: LocalizedText? = nil) -> Response {
            ConfirmIdentityPage.render(
                .init(
                    hasSecondFactor: current.hasSecondFactor, returnTo: returnTo, error: message, emailedTo: emailedTo,
                    notice: notice),
                context: req.pageContextWithoutRecords()
            ).response(status: status)
        }
        if (try? req.content.get(String.self, at: "resend")) == "1", let member = current.member, member.emailSecondFactor {
            switch try await EmailCodes(request: req).send(
                to: member, for: .confirmIdentity, binding: codeBinding(current, .confirmIdentity), force: true)
            {
            case .wait(let minutes): return refuse(Strings.signIn.throttled(minutes), .tooManyRequests)
            case .sent, .alreadySent: return refuse(nil, .ok, notice: Strings.signIn.newCodeSent)
            }
        }
        guard !password.isEmpty else { return refuse(Strings.account.missingPassword, .badRequest) }
        let throttling = SignInThrottling(database: req.db, now: req.now)
        let attempt: SignInThrottling.Attempt
        switch try await throttling.begin(
            accountKey: SignInThrottling.accountKey("reauthenticate:\(owner.id)"),
            addressKey: SignInThrottling.addressKey(req.clientAddress))
        {
        case .wait(let minutes):
            try await req.audit(.reauthenticated, .throttled)
            return refuse(Strings.signIn.throttled(minutes), .tooManyRequests)
        case .proceed(let begun): attempt = begun
        }
        let lock = AccountLock(kind: owner.lockKind, accountID: owner.id, database: req.db)
        let passwordHash = current.member?.passwordHash ?? current.staff?.passwordHash ?? req.portal.decoyPasswordHash
        // A locked account spends no code, recovery codes included, as at sign-in.
        let locked = try await lock.isLocked()
        var proven = try await req.portal.passwords.verify(password, against: passwordHash)
        if proven, !locked, current.hasSecondFactor {
            let verifier = SecondFactor(request: req)
            if let member = current.member, member.emailSecondFactor {
                proven = try await EmailCodes(request: req).redeem(
                    code, for: member, purpose: .confirmIdentity, binding: codeBinding(current, .confirmIdentity))
            } else if let member = current.member {
                proven = try await verifier.verifyCode(code, for: member)
            } else if let staff = current.staff {
                proven = try await verifier.verifyCode(code, for: staff)
            }
            if !proven { proven = try await RecoveryCodes(request: req).redeem(code, for: owner) }
        }
        guard proven, !locked else {
            try await throttling.failed(attempt)
            try await req.auditedChange { change in
                try await SignInController.countFailure(owner.lockKind, owner.id, change)
                try await change.audit(.reauthenticated, .failure)
            }
            return refuse(
                current.hasSecondFactor ? Strings.account.wrongProof : Strings.account.wrongCurrentPassword, .unauthorized)
        }
        try await throttling.succeeded(attempt)
        let sessionID = try current.session.requireID()
        let now = req.now
        try await req.auditedChange { change in
            try await UserSession.query(on: change.db).filter(\.$id == sessionID).set(\.$reauthenticatedAt, to: now).update()
            try await change.audit(.reauthenticated, .success)
        }
        return .redirect(to: returnTo)
    }

    func security(_ req: Request) async throws -> Response {
        if let stale = try Self.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        return try await Self.securityPage(req)
    }

    static func securityPage(
        _ req: Request, status: HTTPResponseStatus = .ok, adjust: (inout SecurityPage.Model) -> Void = { _ in }
    ) async throws -> Response {
        let current = try req.requireSignedInAnyone()
        guard let owner = current.owner else { throw PortalError.signInRequired }
        let notice: LocalizedText? =
            switch req.query[String.self, at: "changed"] {
            case "password": Strings.account.passwordChanged
            case "second-factor": Strings.account.factorRemoved
            default: nil
            }
        var model = SecurityPage.Model(
            isStaff: current.staff != nil, hasSecondFactor: current.hasSecondFactor,
            factorByEmail: current.member?.emailSecondFactor ?? false,
            recoveryCodesLeft: try await RecoveryCodes(request: req).unusedCount(for: owner), notice: notice,
            email: current.member?.email)
        adjust(&model)
        let context = current.staff != nil ? req.pageContextWithoutRecords() : try await req.pageContext()
        return SecurityPage.render(model, context: context).response(status: status)
    }

    /// Applies the password rules to the new password and ends every other session of the account.
    func changePassword(_ req: Request) async throws -> Response {
        if let stale = try Self.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        let current = try req.requireSignedInAnyone()
        guard let owner = current.owner else { throw PortalError.signInRequired }
        let newPassword = (try? req.content.get(String.self, at: "new_password")) ?? ""
        let name = current.displayName
        let email = current.member?.email ?? current.staff?.email ?? ""
        let language = current.member?.language ?? current.staff?.language ?? .english
        let problems = req.portal.passwordPolicy.problems(
            with: newPassword, hasSecondFactor: current.hasStrongSecondFactor, personalInformation: [name, email])
        guard problems.isEmpty else {
            return try await Self.securityPage(req, status: .badRequest) {
                $0.newPasswordErrors = problems.map(Strings.account.problem)
            }
        }
        let hash = try await req.portal.passwords.hash(newPassword)
        let sessionID = try current.session.requireID()
        let config = req.portal.config
        try await req.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { return }
            let table = owner.lockKind.table
            try await sql.update(table).set("password_hash", to: SQLBind(hash)).where("id", .equal, SQLBind(owner.id)).run()
            try await UserSession.query(on: change.db).filter(owner.ownerColumn, .equal, owner.id)
                .filter(\.$id != sessionID).delete()
            if case .member(let memberID) = owner {
                try await PendingAccountLinks.cancel(for: memberID, at: req.now, on: change.db)
            }
            try await Outbox.enqueue(
                to: email, subject: Strings.mail.passwordChangedSubject(language),
                body: Strings.mail.passwordChanged(config)(language), now: req.now, config: config, on: change.db)
            try await change.audit(.passwordChanged, .success)
        }
        return .redirect(to: Routes.accountSecurity() + "?changed=password")
    }

    /// A member may go back to the password alone, if it is long enough to stand alone; staff
    /// always keep a second factor.
    func removeSecondFactor(_ req: Request) async throws -> Response {
        if let stale = try Self.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        guard member.hasSecondFactor else { return .redirect(to: Routes.accountSecurity()) }
        let password = String(((try? req.content.get(String.self, at: "password")) ?? "").prefix(1024))
        guard !password.isEmpty, try await req.portal.passwords.verify(password, against: member.passwordHash) else {
            try await req.audit(.secondFactorRemoved, .failure)
            return try await Self.securityPage(req, status: .badRequest) { $0.removeError = Strings.account.wrongCurrentPassword }
        }
        guard
            req.portal.passwordPolicy.problems(
                with: password, hasSecondFactor: false, personalInformation: [member.fullName, member.email]
            ).isEmpty
        else {
            return try await Self.securityPage(req, status: .badRequest) {
                $0.removeError = Strings.account.removeNeedsLongerPassword
            }
        }
        try await req.auditedChange { change in
            try await Member.query(on: change.db).filter(\.$id == memberID)
                .set(\.$totpSecret, to: nil).set(\.$totpLastCounter, to: nil).set(\.$emailSecondFactor, to: false).update()
            try await RecoveryCode.query(on: change.db).filter(\.$member.$id == memberID).delete()
            try await SecurityNotices.tell(member.email, member.language, .secondFactorOff, req, on: change.db)
            try await change.audit(.secondFactorRemoved, .success)
        }
        return .redirect(to: Routes.accountSecurity() + "?changed=second-factor")
    }

    func newRecoveryCodes(_ req: Request) async throws -> Response {
        if let stale = try Self.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        let current = try req.requireSignedInAnyone()
        guard let owner = current.owner, current.hasSecondFactor else { return .redirect(to: Routes.accountSecurity()) }
        let codes = try await req.auditedChange { change in
            let codes = try await RecoveryCodes(request: req).replace(for: owner, on: change.db)
            if let email = current.member?.email ?? current.staff?.email {
                let language = current.member?.language ?? current.staff?.language ?? .english
                try await SecurityNotices.tell(email, language, .newRecoveryCodes, req, on: change.db)
            }
            try await change.audit(.recoveryCodesReplaced, .success)
            return codes
        }
        let context = current.staff != nil ? req.pageContextWithoutRecords() : try await req.pageContext()
        return RecoveryCodesPage.render(codes: codes, isStaff: current.staff != nil, context: context).response()
    }

    /// A member without a second factor chooses codes by e-mail: a code is sent to their
    /// address, and entering it proves the address works before the factor is on.
    func startEmailCodes(_ req: Request) async throws -> Response {
        if let stale = try Self.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        let current = try req.requireSignedInAnyone()
        let member = try req.signedInMember()
        guard !member.hasSecondFactor else { return .redirect(to: Routes.accountSecurity()) }
        var model = EmailCodeSetupPage.Model(emailedTo: MailMessage.masked(member.email))
        switch try await EmailCodes(request: req).send(
            to: member, for: .enrol, binding: codeBinding(current, .enrol), force: true)
        {
        case .wait(let minutes): model.error = Strings.signIn.throttled(minutes)
        case .sent, .alreadySent: break
        }
        return EmailCodeSetupPage.render(model, context: try await req.pageContext())
            .response(status: model.error == nil ? .ok : .tooManyRequests)
    }

    func confirmEmailCodes(_ req: Request) async throws -> Response {
        if let stale = try Self.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        let current = try req.requireSignedInAnyone()
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        guard !member.hasSecondFactor else { return .redirect(to: Routes.accountSecurity()) }
        let code = String(((try? req.content.get(String.self, at: "code")) ?? "").prefix(32))
        guard
            try await EmailCodes(request: req).redeem(code, for: member, purpose: .enrol, binding: codeBinding(current, .enrol))
        else {
            let model = EmailCodeSetupPage.Model(
                emailedTo: MailMessage.masked(member.email), error: Strings.signIn.wrongCode)
            return EmailCodeSetupPage.render(model, context: try await req.pageContext()).response(status: .badRequest)
        }
        let codes = try await req.auditedChange { change in
            try await Member.query(on: change.db).filter(\.$id == memberID).set(\.$emailSecondFactor, to: true).update()
            let codes = try await RecoveryCodes(request: req).replace(for: .member(memberID), on: change.db)
            try await SecurityNotices.tell(member.email, member.language, .secondFactorOn, req, on: change.db)
            try await change.audit(.secondFactorEnabled, .success)
            return codes
        }
        return RecoveryCodesPage.render(codes: codes, isStaff: false, context: try await req.pageContext()).response()
    }
}
