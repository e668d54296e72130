import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// A member's new sign-in address: asked for after fresh proof, confirmed from a link sent to
/// the new address (so a typo cannot lock anyone out), announced to the old one at both steps.
/// The teen rule holds at both steps: a teen's own login never shares a parent's address.
struct EmailChangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.changeEmail) { req in try await request(req) }
        routes.on(Routes.confirmEmailChange) { req in try await show(req) }
        routes.on(Routes.applyEmailChange) { req in try await apply(req) }
    }

    enum Problem {
        /// Said to the asker: the address's own fault.
        case refused(LocalizedText)
        /// Not said: the address belongs to an account, or to the other side of a teen's
        /// confidentiality; only the address's owner is told, by e-mail.
        case unavailable
    }

    /// Why `email` cannot be this member's address now, or nil: the rules an invitation to it
    /// would meet for each patient the member has access to, and no other account's address.
    static func problem(_ email: String, for member: Member, now: Date, on db: any Database) async throws -> Problem? {
        let words = Strings.account
        guard MailMessage.isSafeAddress(email) else { return .refused(words.emailBad) }
        guard email != member.email else { return .refused(words.emailSame) }
        let memberID = try member.requireID()
        let grants = try await AccessGrant.query(on: db).filter(\.$member.$id == memberID).with(\.$patient).all()
        for grant in grants {
            guard let relationship = Relationship(rawValue: grant.relationship) else { continue }
            switch try await Invitations.conflict(email, relationship, grant.patient, replacing: memberID, now: now, on: db) {
            case .emailUsedByOtherSide?, .emailHasAccount?: return .unavailable
            case .badEmail?: return .refused(words.emailBad)
            case .notAllowedAtThisAge?, nil: break
            }
        }
        // Any other account's address, open or closed: a closed one still belongs to its owner.
        let holders = try await Member.query(on: db).group(.or) { $0.filter(\.$email == email).filter(\.$releasedEmail == email) }
            .filter(\.$id != memberID).count()
        return holders > 0 ? .unavailable : nil
    }

    func request(_ req: Request) async throws -> Response {
        if let stale = try SecurityController.staleProof(req, returnTo: Routes.accountSecurity()) { return stale }
        let member = try req.signedInMember()
        let memberID = try member.requireID()
        let email = ((try? req.content.get(String.self, at: "email")) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        // Each request sends mail and tests an address: counted like sign-in attempts.
        let throttling = SignInThrottling(database: req.db, now: req.now)
        switch try await throttling.begin(
            accountKey: SignInThrottling.accountKey("email-change:\(memberID)"),
            addressKey: SignInThrottling.addressKey(req.clientAddress))
        {
        case .wait(let minutes):
            return try await SecurityController.securityPage(req, status: .tooManyRequests) {
                $0.newEmail = String(email.prefix(254))
                $0.emailError = Strings.signIn.throttled(minutes)
            }
        case .proceed(let attempt): try await throttling.failed(attempt)
        }
        let problem =
            email.count > 254
            ? .refused(Strings.account.emailBad)
            : try await Self.problem(
                email, for: member, now: req.now, on: req.db)
        if case .refused(let message) = problem {
            return try await SecurityController.securityPage(req, status: .badRequest) {
                $0.newEmail = String(email.prefix(254))
                $0.emailError = message
            }
        }
        let token = RandomToken.make()
        let config = req.portal.config
        let now = req.now
        let isAccepted = problem == nil
        try await req.auditedChange { change in
            // Only the newest request counts: an earlier link stops working.
            try await EmailChange.query(on: change.db).filter(\.$member.$id == memberID).filter(\.$usedAt == nil)
                .set(\.$usedAt, to: now).update()
            if !isAccepted {
                try await Outbox.enqueue(
                    to: email, subject: Strings.mail.emailChangeSubject(member.language),
                    body: Strings.mail.emailChangeAddressInUse(config)(member.language), now: now, config: config,
                    on: change.db)
            } else {
                try await EmailChange(
                    memberID: memberID, newEmail: email, tokenHash: RandomToken.sha256Hex(token), requestedAt: now
                ).create(on: change.db)
                try await Outbox.enqueue(
                    to: email, subject: Strings.mail.emailChangeSubject(member.language),
                    body: Strings.mail.emailChangeConfirm(
                        config.publicURL.absoluteString + Routes.confirmEmailChange(EmailChangeToken(token)), config)(
                            member.language), now: now, config: config, on: change.db)
            }
            try await Outbox.enqueue(
                to: member.email, subject: Strings.mail.emailChangeNoticeSubject(member.language),
                body: Strings.mail.emailChangeRequested(MailMessage.masked(email), config)(member.language), now: now,
                config: config, on: change.db)
            // Recorded alike: the member's activity page shows its own events, and a refusal
            // flagged there would tell what the answer does not.
            try await change.audit(.emailChangeRequested, .success)
        }
        return try await SecurityController.securityPage(req) {
            $0.notice = Strings.account.emailChangeSent(email)
        }
    }

    private func find(_ req: Request) async throws -> (EmailChange, String)? {
        guard let token = req.token(EmailChangeToken.self)?.value, token.count == 43,
            let change = try await EmailChange.query(on: req.db).filter(\.$tokenHash == RandomToken.sha256Hex(token))
                .with(\.$member).first(),
            change.isUsable(at: req.now), change.member.status == .active
        else { return nil }
        return (change, token)
    }

    private func closed(_ req: Request) -> Response {
        EmailChangePage.render(.closed, context: req.pageContextWithoutRecords()).response(status: .gone)
    }

    /// The link only shows a button: a mail scanner that opens links changes nothing.
    func show(_ req: Request) async throws -> Response {
        guard let (change, token) = try await find(req) else { return closed(req) }
        return EmailChangePage.render(.confirm(token: token, email: change.newEmail), context: req.pageContextWithoutRecords())
            .response()
    }

    private struct Refused: Error {}

    func apply(_ req: Request) async throws -> Response {
        guard let (change, _) = try await find(req) else { return closed(req) }
        let member = change.member
        let memberID = try member.requireID()
        let oldEmail = member.email
        let newEmail = change.newEmail
        let now = req.now
        let config = req.portal.config
        // The rules again: the address may have been taken, or become a parent's, meanwhile.
        guard try await Self.problem(newEmail, for: member, now: now, on: req.db) == nil else { return closed(req) }
        do {
            try await req.auditedChange { audited in
                guard let sql = audited.db as? any SQLDatabase,
                    try await sql.update(EmailChange.schema).set("used_at", to: SQLBind(now))
                        .where("id", .equal, SQLBind(change.requireID())).where("used_at", .is, SQLLiteral.null)
                        .returning("id").all().count == 1,
                    try await sql.update(Member.schema).set("email", to: SQLBind(newEmail))
                        .where("id", .equal, SQLBind(memberID))
                        .where("status", .equal, SQLBind(Member.Status.active.rawValue))
                        .returning("id").all().count == 1
                else { throw Refused() }
                try await Outbox.enqueue(
                    to: oldEmail, subject: Strings.mail.emailChangeNoticeSubject(member.language),
                    body: Strings.mail.emailChangeDone(MailMessage.masked(newEmail), config)(member.language), now: now,
                    config: config, on: audited.db)
                // Links sent to the old address stop working with it.
                try await PendingAccountLinks.cancel(for: memberID, at: now, on: audited.db)
                try await audited.audit(.emailChanged, .success, actorKind: .member, actorID: memberID)
            }
        } catch is Refused {
            return closed(req)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another account took the address between the check and the change.
            return closed(req)
        }
        return EmailChangePage.render(.done(email: newEmail), context: req.pageContextWithoutRecords()).response()
    }
}
