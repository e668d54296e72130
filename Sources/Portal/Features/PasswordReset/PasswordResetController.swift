import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// A forgotten password, without calling anyone: the member asks for a link by e-mail (the
/// page answers the same whether or not the address has an account), opens it within 30
/// minutes, proves their second factor where they have one, and chooses a new password.
/// Every session of the account ends and its owner is told by e-mail.
struct PasswordResetController: RouteCollection {
    /// Given to the browser that proved the second factor; its hash is on the reset.
    static let proofCookie = "portal_reset_proof"

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.forgotPassword) { req in
            page(req, .request(email: "", error: nil))
        }
        routes.on(Routes.submitForgotPassword) { req in try await requestLink(req) }
        routes.on(Routes.passwordReset) { req in try await show(req) }
        routes.on(Routes.passwordResetCode) { req in try await verifyCode(req) }
        routes.on(Routes.passwordResetSave) { req in try await save(req) }
    }

    /// Every request is counted against the address typed and the client's address, known or
    /// not, so the throttle itself says nothing about which addresses have accounts.
    func requestLink(_ req: Request) async throws -> Response {
        let email = ((try? req.content.get(String.self, at: "email")) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !email.isEmpty, email.count <= 254 else {
            return page(req, .request(email: String(email.prefix(254)), error: Strings.passwordReset.missingEmail), .badRequest)
        }
        let throttling = SignInThrottling(database: req.db, now: req.now)
        switch try await throttling.begin(
            accountKey: SignInThrottling.accountKey("reset:\(email)"),
            addressKey: SignInThrottling.addressKey(req.clientAddress))
        {
        case .wait(let minutes):
            try await req.audit(.passwordResetRequested, .throttled, actorKind: .anonymous)
            return page(req, .request(email: email, error: Strings.signIn.throttled(minutes)), .tooManyRequests)
        case .proceed(let attempt): try await throttling.failed(attempt)
        }

        // A closed account gets nothing: the page's help text says whom to call.
        let member = try await Member.query(on: req.db).filter(\.$email == email).filter(\.$status == .active).first()
        let config = req.portal.config
        try await req.auditedChange { change in
            guard let member else {
                try await change.audit(.passwordResetRequested, .failure, actorKind: .anonymous)
                return
            }
            let token = RandomToken.make()
            let reset = PasswordReset(
                memberID: try member.requireID(), tokenHash: RandomToken.sha256Hex(token), requestedAt: req.now)
            try await reset.create(on: change.db)
            let link = config.publicURL.absoluteString + Routes.passwordReset(ResetToken(token))
            try await Outbox.enqueue(
                to: member.email, subject: Strings.mail.passwordResetSubject(member.language),
                body: Strings.mail.passwordReset(link, config)(member.language),
                dedupeKey: "password.reset:\(try reset.requireID().uuidString.lowercased())", now: req.now, config: config,
                on: change.db)
            try await change.audit(.passwordResetRequested, .success, actorKind: .member, actorID: member.id)
        }
        return page(req, .sent(email: email))
    }

    private struct Found {
        let reset: PasswordReset
        let member: Member
        let token: String

        var needsSecondFactor: Bool { member.hasSecondFactor }
        var emailedTo: String? { member.emailSecondFactor ? MailMessage.masked(member.email) : nil }
        var codeBinding: String { EmailCodes.binding("reset:" + (reset.id?.uuidString ?? "")) }
    }

    /// The reset the link names, while it can still be used by an open account.
    private func find(_ req: Request) async throws -> Found? {
        guard let token = req.token(ResetToken.self)?.value, token.count == 43,
            let reset = try await PasswordReset.query(on: req.db)
                .filter(\.$tokenHash == RandomToken.sha256Hex(token)).with(\.$member).first(),
            reset.state(at: req.now) == .usable, reset.member.status == .active
        else { return nil }
        return Found(reset: reset, member: reset.member, token: token)
    }

    /// Whether this browser proved the account's second factor for this link.
    private func hasProof(_ found: Found, _ req: Request) -> Bool {
        guard let proof = req.cookies[Self.proofCookie]?.string, proof.count <= 128, let stored = found.reset.proofHash else {
            return false
        }
        return RandomToken.constantTimeEquals(RandomToken.sha256Hex(proof), stored)
    }

    private func closed(_ req: Request) -> Response {
        page(req, .closed, .gone)
    }

    func show(_ req: Request) async throws -> Response {
        guard let found = try await find(req) else { return closed(req) }
        if found.needsSecondFactor && !hasProof(found, req) {
            if let emailedTo = found.emailedTo,
                try await !EmailCodes(request: req).hasLiveCode(
                    for: found.member, purpose: .passwordReset, binding: found.codeBinding)
            {
                return page(req, .sendCode(token: found.token, emailedTo: emailedTo))
            }
            return page(req, .code(token: found.token, error: nil, emailedTo: found.emailedTo))
        }
        return passwordStep(req, found, errors: [])
    }

    private func passwordStep(
        _ req: Request, _ found: Found, errors: [LocalizedText], status: HTTPResponseStatus = .ok
    ) -> Response {
        let minimum =
            found.member.hasStrongSecondFactor
            ? PasswordPolicy.minimumWithSecondFactor : PasswordPolicy.minimumWithoutSecondFactor
        return page(req, .password(token: found.token, minimumLength: minimum, errors: errors), status)
    }

    /// The second factor, counted like sign-in's: the same throttle and the same
    /// consecutive-failure lock, so the link does not open a second road for guessing codes.
    func verifyCode(_ req: Request) async throws -> Response {
        guard let found = try await find(req) else { return closed(req) }
        guard found.needsSecondFactor else { return .redirect(to: Routes.passwordReset(ResetToken(found.token))) }
        let member = found.member
        let memberID = try member.requireID()
        let code = String(((try? req.content.get(String.self, at: "code")) ?? "").prefix(64))
        func refuse(_ message: LocalizedText, _ status: HTTPResponseStatus) -> Response {
            page(req, .code(token: found.token, error: message, emailedTo: found.emailedTo), status)
        }
        if (try? req.content.get(String.self, at: "resend")) == "1", member.emailSecondFactor {
            switch try await EmailCodes(request: req).send(
                to: member, for: .passwordReset, binding: found.codeBinding, force: true)
            {
            case .wait(let minutes): return refuse(Strings.signIn.throttled(minutes), .tooManyRequests)
            case .sent, .alreadySent:
                return page(
                    req, .code(token: found.token, error: nil, emailedTo: found.emailedTo, notice: Strings.signIn.newCodeSent))
            }
        }
        let throttling = SignInThrottling(database: req.db, now: req.now)
        let attempt: SignInThrottling.Attempt
        switch try await throttling.begin(
            accountKey: SignInThrottling.accountKey("code:\(memberID)"),
            addressKey: SignInThrottling.addressKey(req.clientAddress))
        {
        case .wait(let minutes):
            try await req.audit(.passwordResetSecondFactor, .throttled, actorKind: .member, actorID: memberID)
            return refuse(Strings.signIn.throttled(minutes), .tooManyRequests)
        case .proceed(let begun): attempt = begun
        }
        if try await AccountLock(kind: .member, accountID: memberID, database: req.db).isLocked() {
            try await throttling.failed(attempt)
            try await req.audit(.accountLocked, .denied, actorKind: .member, actorID: memberID)
            return refuse(Strings.passwordReset.wrongCode, .unauthorized)
        }
        let verifier = SecondFactor(request: req)
        var accepted =
            member.emailSecondFactor
            ? try await EmailCodes(request: req).redeem(
                code, for: member, purpose: .passwordReset, binding: found.codeBinding)
            : try await verifier.verifyCode(code, for: member)
        if !accepted { accepted = try await RecoveryCodes(request: req).redeem(code, for: .member(memberID)) }
        guard accepted else {
            try await throttling.failed(attempt)
            try await req.auditedChange { change in
                try await SignInController.countFailure(.member, memberID, change)
                try await change.audit(.passwordResetSecondFactor, .failure, actorKind: .member, actorID: memberID)
            }
            return refuse(Strings.passwordReset.wrongCode, .unauthorized)
        }
        try await throttling.succeeded(attempt)
        let proof = RandomToken.make()
        let resetID = try found.reset.requireID()
        let proven = try await req.auditedChange { change -> Bool in
            guard let sql = change.db as? any SQLDatabase,
                try await sql.update(PasswordReset.schema).set("proof_hash", to: SQLBind(RandomToken.sha256Hex(proof)))
                    .where("id", .equal, SQLBind(resetID)).where("used_at", .is, SQLLiteral.null)
                    .returning("id").all().count == 1
            else { return false }
            try await change.audit(.passwordResetSecondFactor, .success, actorKind: .member, actorID: memberID)
            return true
        }
        guard proven else { return closed(req) }
        let response = Response.redirect(to: Routes.passwordReset(ResetToken(found.token)))
        response.cookies[Self.proofCookie] = HTTPCookies.Value(
            string: proof, expires: nil, maxAge: Int(PasswordResetRules.validity), domain: nil, path: "/sign-in/reset/",
            isSecure: req.portal.config.usesHTTPS, isHTTPOnly: true, sameSite: .strict)
        return response
    }

    private enum Refused: Error { case linkSpent }

    func save(_ req: Request) async throws -> Response {
        guard let found = try await find(req) else { return closed(req) }
        if found.needsSecondFactor && !hasProof(found, req) {
            return .redirect(to: Routes.passwordReset(ResetToken(found.token)))
        }
        let member = found.member
        let memberID = try member.requireID()
        let newPassword = (try? req.content.get(String.self, at: "new_password")) ?? ""
        let problems = req.portal.passwordPolicy.problems(
            with: newPassword, hasSecondFactor: member.hasStrongSecondFactor,
            personalInformation: [member.fullName, member.email])
        guard problems.isEmpty else {
            return passwordStep(req, found, errors: problems.map(Strings.account.problem), status: .badRequest)
        }
        let passwordHash = try await req.portal.passwords.hash(newPassword)
        let now = req.now
        let config = req.portal.config
        let resetID = try found.reset.requireID()
        do {
            try await req.auditedChange { change in
                guard let sql = change.db as? any SQLDatabase else { throw Refused.linkSpent }
                // Spent in one statement, still inside its 30 minutes and with the same proof:
                // of two submissions at once, one sets the password.
                var use = sql.update(PasswordReset.schema).set("used_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(resetID)).where("used_at", .is, SQLLiteral.null)
                    .where("requested_at", .greaterThan, SQLBind(now.addingTimeInterval(-PasswordResetRules.validity)))
                if let proofHash = found.reset.proofHash, found.needsSecondFactor {
                    use = use.where("proof_hash", .equal, SQLBind(proofHash))
                }
                guard try await use.returning("id").all().count == 1 else { throw Refused.linkSpent }
                // The owner, who proved the address (and the second factor), may sign in again:
                // a lock set by someone else's guesses is lifted with the new password.
                guard
                    try await sql.update(Member.schema).set("password_hash", to: SQLBind(passwordHash))
                        .set("failed_sign_ins", to: SQLBind(0)).set("sign_in_locked_at", to: SQLLiteral.null)
                        .where("id", .equal, SQLBind(memberID))
                        .where("status", .equal, SQLBind(Member.Status.active.rawValue))
                        .returning("id").all().count == 1
                else { throw Refused.linkSpent }
                try await UserSession.query(on: change.db).filter(\.$member.$id == memberID).delete()
                try await PendingAccountLinks.cancel(for: memberID, at: now, on: change.db)
                try await Outbox.enqueue(
                    to: member.email, subject: Strings.mail.passwordChangedSubject(member.language),
                    body: Strings.mail.passwordChanged(config)(member.language),
                    dedupeKey: "password.changed:\(resetID.uuidString.lowercased())", now: now, config: config,
                    on: change.db)
                try await change.audit(.passwordReset, .success, actorKind: .member, actorID: memberID)
            }
        } catch Refused.linkSpent {
            return closed(req)
        }
        let response = Response.redirect(to: Routes.signIn() + "?reset=1")
        response.cookies[Self.proofCookie] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/sign-in/reset/",
            isSecure: req.portal.config.usesHTTPS, isHTTPOnly: true, sameSite: .strict)
        response.cookies[req.sessionCookieName] = .expired
        return response
    }

    private func page(_ req: Request, _ step: PasswordResetPage.Step, _ status: HTTPResponseStatus = .ok) -> Response {
        PasswordResetPage.render(step, contact: req.portal.config.himContact, context: req.pageContextWithoutRecords())
            .response(status: status)
    }
}
