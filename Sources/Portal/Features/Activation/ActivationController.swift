import Fluent
import Foundation
import PortalCore
import Vapor

/// The invitation link: answer the patient's ZIP code and date of birth (wrong answers are
/// counted and lock the link), then choose a name and password. The new account gets the
/// grant the invitation was for; the link never works again.
struct ActivationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(Paths.activatePattern.routeComponents) { req in try await show(req) }
        routes.post(Paths.activateVerifyPattern.routeComponents) { req in try await verify(req) }
        routes.post(Paths.activateAccountPattern.routeComponents) { req in try await createAccount(req) }
    }

    private struct Found {
        let invitation: Invitation
        let token: String
    }

    private func find(_ req: Request) async throws -> Found? {
        guard let token = req.parameters.get(Paths.tokenParameter), token.count == 43 else { return nil }
        guard
            let invitation = try await Invitation.query(on: req.db).filter(\.$tokenHash == RandomToken.sha256Hex(token))
                .with(\.$patient).first()
        else { return nil }
        return Found(invitation: invitation, token: token)
    }

    /// The page for a link that cannot be used now, or nil when it can.
    private func closedPage(_ found: Found?, _ req: Request) throws -> Response? {
        let words = Strings.Activation.self
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
                .account(email: invitation.email, name: "", nameError: nil, passwordErrors: [], emailTaken: false))
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
        if InvitationRules.answersMatch(
            zip: zip, birthDate: birthDate, patientZIP: patient.zipCode, patientBirthDate: patient.birthDate)
        {
            invitation.verifiedAt = req.now
            try await invitation.save(on: req.db)
            return .redirect(to: Paths.activate(found!.token))
        }
        invitation.wrongAnswers += 1
        try await invitation.save(on: req.db)
        try await req.audit(.invitationWrongAnswer, .failure, patientID: patient.id)
        if let closed = try closedPage(found, req) { return closed }
        let left = InvitationRules.maxWrongAnswers - invitation.wrongAnswers
        return page(
            req, token: found!.token,
            .verify(zip: zip, birthDate: birthDate, error: Strings.Activation.wrongAnswers(triesLeft: left)(req.language)),
            status: .badRequest)
    }

    func createAccount(_ req: Request) async throws -> Response {
        let found = try await find(req)
        if let closed = try closedPage(found, req) { return closed }
        let invitation = found!.invitation
        guard isVerified(invitation, req) else { return .redirect(to: Paths.activate(found!.token)) }
        let name = String(
            ((try? req.content.get(String.self, at: "full_name")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(
                200))
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let problems = req.portal.passwordPolicy.problems(
            with: password, hasSecondFactor: false, personalInformation: [name, invitation.email])
        let taken = try await Member.query(on: req.db).filter(\.$email == invitation.email).count() > 0
        guard !name.isEmpty, problems.isEmpty, !taken else {
            return page(
                req, token: found!.token,
                .account(
                    email: invitation.email, name: name,
                    nameError: name.isEmpty ? Strings.Activation.nameRequired(req.language) : nil,
                    passwordErrors: problems.map { Strings.Account.problem($0)(req.language) }, emailTaken: taken),
                status: .badRequest)
        }
        let hash = try await req.portal.passwords.hash(password)
        let member = Member(email: invitation.email, fullName: name, passwordHash: hash, language: req.language.rawValue)
        let relationship = Relationship(rawValue: invitation.relationship) ?? .other
        let now = req.now
        try await req.db.transaction { db in
            try await member.create(on: db)
            try await AccessGrant(
                memberID: member.id!, patientID: invitation.$patient.id, relationship: relationship, startsAt: now,
                recordedBy: invitation.$sentBy.id
            ).create(on: db)
            invitation.usedAt = now
            try await invitation.save(on: db)
        }
        try await req.audit(
            .invitationActivated, .success, patientID: invitation.$patient.id, actorKind: .member, actorID: member.id)
        return .redirect(to: Paths.signIn + "?activated=1")
    }

    private func page(_ req: Request, token: String, _ step: ActivationPage.Step, status: HTTPResponseStatus = .ok) -> Response {
        ActivationPage.render(token: token, step: step, context: req.pageContextWithoutRecords()).response(status: status)
    }
}
