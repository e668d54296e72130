import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// The invitation link: answer the patient's ZIP code and date of birth (wrong answers are
/// counted and lock the link), then choose a name and password. The new account gets the
/// grant the invitation was for; the link never works again.
struct ActivationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.activate) { req in try await show(req) }
        routes.on(Routes.activateVerify) { req in try await verify(req) }
        routes.on(Routes.activateAccount) { req in try await createAccount(req) }
    }

    private struct Found {
        let invitation: Invitation
        let token: String
    }

    private func find(_ req: Request) async throws -> Found? {
        guard let token = req.token(InvitationToken.self)?.value, token.count == 43 else { return nil }
        guard
            let invitation = try await Invitation.query(on: req.db).filter(\.$tokenHash == RandomToken.sha256Hex(token))
                .with(\.$patient).first()
        else { return nil }
        return Found(invitation: invitation, token: token)
    }

    /// The page for a link that cannot be used now, or nil when it can.
    private func closedPage(_ found: Found?, _ req: Request) throws -> Response? {
        let words = Strings.activation
        guard let found else { return page(req, token: "", .closed(words.notValid), status: .notFound) }
        let invitation = found.invitation
        switch invitation.state(at: req.now) {
        case .usable: break
        case .used, .replaced: return page(req, token: found.token, .closed(words.notValid), status: .gone)
        case .expired:
            let lastDay = LocalDate(invitation.sentAt.addingTimeInterval(InvitationRules.validity), in: req.hospitalTimeZone)
            return page(
                req, token: found.token, .closed(words.expired(DateText.long(lastDay, language: req.language))), status: .gone)
        case .locked: return page(req, token: found.token, .closed(words.locked), status: .locked)
        }
        let age = LocalDate(iso: invitation.patient.birthDate).map { Age.years(bornOn: $0, on: req.today) } ?? 0
        guard let relationship = Relationship(rawValue: invitation.relationship),
            InvitationRules.mayInvite(relationship, patientAge: age)
        else { return page(req, token: found.token, .closed(words.noLongerAllowed), status: .gone) }
        return nil
    }

    private func isVerified(_ invitation: Invitation, _ req: Request) -> Bool {
        invitation.verifiedAt.map { req.now.timeIntervalSince($0) < Invitation.verificationWindow } ?? false
    }

    func show(_ req: Request) async throws -> Response {
        let found = try await find(req)
        if let closed = try closedPage(found, req) { return closed }
        let invitation = found!.invitation
        if isVerified(invitation, req) {
            return page(
                req, token: found!.token,
                .account(email: invitation.email, name: "", nameError: nil, emailError: nil, passwordErrors: []))
        }
        return page(req, token: found!.token, .verify(zip: "", birthDate: "", error: nil))
    }

    func verify(_ req: Request) async throws -> Response {
        let found = try await find(req)
        if let closed = try closedPage(found, req) { return closed }
        let invitation = found!.invitation
        let zip = String(((try? req.content.get(String.self, at: "zip")) ?? "").prefix(10))
        let birthDate = String(((try? req.content.get(String.self, at: "birth_date")) ?? "").prefix(10))
        let patient = invitation.patient
        // One client address guessing across many links is slowed down like sign-in guessing.
        let throttling = SignInThrottling(database: req.db, now: req.now)
        let attempt: SignInThrottling.Attempt
        switch try await throttling.begin(
            accountKey: "invitation:" + invitation.id!.uuidString.lowercased(),
            addressKey: "activation:" + SignInThrottling.addressKey(req.clientAddress))
        {
        case .proceed(let begun): attempt = begun
        case .wait(let minutes):
            try await req.audit(.invitationWrongAnswer, .throttled, patientID: patient.id, subject: .invitation(invitation.id!))
            return page(
                req, token: found!.token,
                .verify(zip: zip, birthDate: birthDate, error: Strings.signIn.throttled(minutes)(req.language)),
                status: .tooManyRequests)
        }
        if InvitationRules.answersMatch(
            zip: zip, birthDate: birthDate, patientZIP: patient.zipCode, patientBirthDate: patient.birthDate)
        {
            try await throttling.withdraw(attempt)
            // Right answers count only while the link is still open at this very statement:
            // the fifth wrong answer sent alongside cannot be overtaken.
            guard try await Self.verifiedInOneStatement(invitation, at: req.now, on: req.db) else {
                invitation.wrongAnswers = InvitationRules.maxWrongAnswers
                return try closedPage(found, req) ?? page(req, token: "", .closed(Strings.activation.locked), status: .locked)
            }
            return .redirect(to: Routes.activate(InvitationToken(found!.token)))
        }
        // Recorded as a failure when it counted; as refused when the link was already locked.
        let counted = try await req.auditedChange { change in
            let counted = try await Self.countWrongAnswer(invitation, on: change.db)
            try await change.audit(
                .invitationWrongAnswer, counted == nil ? .denied : .failure, patientID: patient.id,
                subject: .invitation(invitation.id!))
            return counted
        }
        invitation.wrongAnswers = counted ?? InvitationRules.maxWrongAnswers
        try await throttling.failed(attempt)
        if let closed = try closedPage(found, req) { return closed }
        let left = InvitationRules.maxWrongAnswers - invitation.wrongAnswers
        return page(
            req, token: found!.token,
            .verify(zip: zip, birthDate: birthDate, error: Strings.activation.wrongAnswers(left)(req.language)),
            status: .badRequest)
    }

    func createAccount(_ req: Request) async throws -> Response {
        let found = try await find(req)
        if let closed = try closedPage(found, req) { return closed }
        let invitation = found!.invitation
        guard isVerified(invitation, req) else { return .redirect(to: Routes.activate(InvitationToken(found!.token))) }
        let name = String(
            ((try? req.content.get(String.self, at: "full_name")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(
                200))
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        // The sign-in address is the one the invitation went to, which proved itself by the
        // link: a different address typed here would be unconfirmed, and a parent holding a
        // teen's invitation could choose their own.
        let email = invitation.email
        let relationship = Relationship(rawValue: invitation.relationship) ?? .other
        let problems = req.portal.passwordPolicy.problems(
            with: password, hasSecondFactor: false, personalInformation: [name, email])
        let emailError = try await emailProblem(email, relationship, invitation, req)
        // The address taken by this very link's account, made a moment ago by another tab:
        // the answer is that the link is used, as it would have been a moment later.
        if emailError != nil, try await Invitation.find(invitation.requireID(), on: req.db)?.usedAt != nil {
            return page(req, token: found!.token, .closed(Strings.activation.notValid), status: .gone)
        }
        guard !name.isEmpty, problems.isEmpty, emailError == nil else {
            return page(
                req, token: found!.token,
                .account(
                    email: email, name: name,
                    nameError: name.isEmpty ? Strings.activation.nameRequired(req.language) : nil,
                    emailError: emailError?(req.language),
                    passwordErrors: problems.map { Strings.account.problem($0)(req.language) }),
                status: .badRequest)
        }
        let hash = try await req.portal.passwords.hash(password)
        let member = Member(email: email, fullName: name, passwordHash: hash, language: req.language)
        let now = req.now
        do {
            try await createInOneTransaction(member, invitation, relationship, now: now, req)
        } catch is AlreadyUsed {
            return page(req, token: found!.token, .closed(Strings.activation.notValid), status: .gone)
        }
        // They have just proved the link, the patient's details and chosen a password: they
        // are signed in, and offered the second step while they are here.
        let response = Response.redirect(to: Routes.secondFactorSetup() + "?welcome=1")
        _ = try await req.startSession(
            memberID: member.id, staffUserID: nil, stage: .signedIn, replacing: req.currentSession?.session, response: response,
            recording: req.auditEntry(.signIn, .success, actorKind: .member, actorID: member.id),
            announcingNewBrowser: false)
        return response
    }

    private struct AlreadyUsed: Error {}

    /// The account, its grant, the link's single use and their audit event, in one
    /// transaction; the use is claimed first, so a second submission at the same moment
    /// creates nothing.
    private func createInOneTransaction(
        _ member: Member, _ invitation: Invitation, _ relationship: Relationship, now: Date, _ req: Request
    ) async throws {
        try await req.auditedChange { change in
            let db = change.db
            guard try await Self.useInOneStatement(invitation, at: now, on: db) else { throw AlreadyUsed() }
            try await member.create(on: db)
            if let replaced = invitation.$replacesMember.id {
                try await Self.carryOverGrants(
                    from: replaced, to: member.id!, recordedBy: invitation.$sentBy.id, now: now, on: db)
            } else {
                try await AccessGrant(
                    memberID: member.id!, patientID: invitation.$patient.id, relationship: relationship, startsAt: now,
                    recordedBy: invitation.$sentBy.id
                ).create(on: db)
            }
            try await change.audit(
                .invitationActivated, .success, patientID: invitation.$patient.id, actorKind: .member, actorID: member.id,
                subject: .invitation(invitation.id!))
        }
    }

    private static func useInOneStatement(_ invitation: Invitation, at now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        return try await sql.update(Invitation.schema).set("used_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(invitation.requireID())).where("used_at", .is, SQLLiteral.null)
            .where("replaced_at", .is, SQLLiteral.null)
            .where("wrong_answers", .lessThan, SQLBind(InvitationRules.maxWrongAnswers))
            .returning("id").all().count == 1
    }

    private static func verifiedInOneStatement(_ invitation: Invitation, at now: Date, on db: any Database) async throws
        -> Bool
    {
        guard let sql = db as? any SQLDatabase else { return false }
        return try await sql.update(Invitation.schema).set("verified_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(invitation.requireID())).where("used_at", .is, SQLLiteral.null)
            .where("wrong_answers", .lessThan, SQLBind(InvitationRules.maxWrongAnswers))
            .returning("id").all().count == 1
    }

    /// Counts a wrong answer in the same statement that checks the limit; the count after
    /// it, or nil when the link was already locked.
    private static func countWrongAnswer(_ invitation: Invitation, on db: any Database) async throws -> Int? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let rows = try await sql.update(Invitation.schema).set("wrong_answers", to: SQLRaw("wrong_answers + 1"))
            .where("id", .equal, SQLBind(invitation.requireID()))
            .where("wrong_answers", .lessThan, SQLBind(InvitationRules.maxWrongAnswers))
            .returning("wrong_answers").all()
        return try rows.first?.decode(column: "wrong_answers", as: Int.self)
    }

    /// A replacement account takes every grant of the closed one that is still in force, with
    /// its kind, end, reason and document; the closed account keeps its history.
    static func carryOverGrants(
        from oldMemberID: UUID, to newMemberID: UUID, recordedBy staffID: UUID?, now: Date, on db: any Database
    ) async throws {
        let grants = try await AccessGrant.query(on: db).filter(\.$member.$id == oldMemberID).all()
        for grant in grants {
            guard let facts = grant.facts, !facts.revoked, facts.ends.map({ now < $0 }) ?? true else { continue }
            try await AccessGrant(
                memberID: newMemberID, patientID: grant.$patient.id, relationship: facts.relationship, kind: facts.kind,
                startsAt: max(now, facts.starts), endsAt: facts.ends, reason: grant.reason, recordedBy: staffID,
                courtOrdered: grant.courtOrdered, supportingDocumentID: grant.$supportingDocument.id
            ).create(on: db)
        }
    }

    /// The invited address must still be free, and not on the other side of a teen's
    /// confidentiality, now that the account is made: either may have changed since it was sent.
    private func emailProblem(
        _ email: String, _ relationship: Relationship, _ invitation: Invitation, _ req: Request
    ) async throws -> LocalizedText? {
        guard MailMessage.isSafeAddress(email) else { return Strings.activation.badEmail }
        switch try await Invitations.conflict(
            email, relationship, invitation.patient, replacing: invitation.$replacesMember.id, now: req.now, on: req.db)
        {
        case .emailUsedByOtherSide?: return Strings.activation.emailOnOtherSide
        case .emailHasAccount?: return Strings.activation.emailTaken
        case .badEmail?, .notAllowedAtThisAge?, nil: break
        }
        // The account this invitation replaces (deactivated) may have had the same address.
        let holders = try await Member.query(on: req.db).filter(\.$email == email).all()
        if holders.contains(where: { $0.id != invitation.$replacesMember.id }) { return Strings.activation.emailTaken }
        return nil
    }

    private func page(_ req: Request, token: String, _ step: ActivationPage.Step, status: HTTPResponseStatus = .ok) -> Response {
        ActivationPage.render(
            token: token, step: step, contact: req.portal.config.himContact, context: req.pageContextWithoutRecords()
        ).response(status: status)
    }
}
