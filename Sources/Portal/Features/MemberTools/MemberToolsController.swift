import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// HIM's tools for one member account: its grants, recent activity and reports; closing it
/// when someone else has used it (every session ends at once, nothing is deleted); and
/// inviting its owner to a new account that takes over the same access.
struct MemberToolsController: RouteCollection {
    static let reasonMaxLength = 500

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffMember) { req in try await page(req) }
        routes.on(Routes.staffMemberDeactivate) { req in try await deactivate(req) }
        routes.on(Routes.staffMemberReinvite) { req in try await reinvite(req) }
        routes.on(Routes.staffMemberCloseReports) { req in try await closeReports(req) }
        routes.on(Routes.staffMemberUnlock) { req in try await unlock(req) }
    }

    private func findMember(_ req: Request) async throws -> Member {
        guard let id = req.id(of: Member.self),
            let member = try await Member.find(id, on: req.db)
        else { throw PortalError.notFound }
        return member
    }

    func page(_ req: Request) async throws -> Response {
        return try await render(try await findMember(req), req, state: FormState())
    }

    struct FormState: Sendable {
        var reason = ""
        var reasonError: LocalizedText?
        var email = ""
        var emailError: LocalizedText?
        var notice: LocalizedText?
    }

    private func render(
        _ member: Member, _ req: Request, state: FormState, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let memberID = try member.requireID()
        var state = state
        // A re-invitation most often goes to the owner's own address: the form starts with it.
        if state.email.isEmpty, member.status == .deactivated, state.emailError == nil {
            state.email = member.releasedEmail ?? ""
        }
        if state.notice == nil {
            state.notice =
                switch try? req.query.get(String.self, at: "done") {
                case "deactivated": Strings.memberTools.deactivatedNotice
                case "invited": Strings.memberTools.invitedNotice
                case "closed": Strings.memberTools.reportsClosedNotice
                case "unlocked": Strings.memberTools.unlockedNotice
                default: nil
                }
        }
        let grants = try await AccessGrant.query(on: req.db).filter(\.$member.$id == memberID).with(\.$patient)
            .sort(\.$startsAt).all()
        var rows: [MemberPage.GrantRow] = []
        for grant in grants {
            // Each patient named here is looked at through the access policy's door, and audited.
            let authorized = try await req.authorizedPatient(
                grant.$patient.id, action: .grantsView, members: false, staff: [.him])
            let status = grant.facts.flatMap { facts in
                LocalDate(iso: authorized.patient.birthDate).map {
                    GrantStatus.of(facts, patientBirthDate: $0, at: req.now, in: req.hospitalTimeZone)
                }
            }
            rows.append(
                MemberPage.GrantRow(
                    patientName: authorized.patient.legalName, recordNumber: authorized.patient.medicalRecordNumber,
                    link: Routes.staffPatient(authorized.ref),
                    relationship: Relationship(rawValue: grant.relationship).map(Strings.grantTools.relationshipName),
                    status: status.map { Strings.grantTools.grantStatus($0)(req.language) } ?? ""))
        }
        let reports = try await AccountReport.query(on: req.db).filter(\.$member.$id == memberID)
            .sort(\.$reportedAt, .descending).all()
        let invitations = try await Invitation.query(on: req.db).filter(\.$replacesMember.$id == memberID)
            .sort(\.$sentAt, .descending).all()
        let deactivatedBy = try await member.$deactivatedBy.get(on: req.db)?.fullName
        try await req.audit(.memberView, .success, subject: .member(memberID))
        let zone = req.hospitalTimeZone
        let model = MemberPage.Model(
            id: memberID, name: member.fullName, email: member.shownEmail, isActive: member.status == .active,
            deactivation: member.deactivatedAt.map {
                Strings.memberTools.deactivatedBy(
                    deactivatedBy ?? "", DateText.dateTime($0, in: zone, language: req.language), member.deactivationReason ?? "")
            },
            lockedSince: member.signInLockedAt.map { DateText.dateTime($0, in: zone, language: req.language) },
            grants: rows,
            openReports: reports.filter { $0.closedAt == nil }.map {
                DateText.dateTime($0.reportedAt, in: zone, language: req.language)
            },
            replacementInvitations: invitations.map {
                MemberPage.InvitationRow(
                    email: $0.email, sent: DateText.long(LocalDate($0.sentAt, in: zone), language: req.language),
                    state: Strings.grantTools.invitationState($0.state(at: req.now)))
            },
            activity: try await activity(of: memberID, req),
            state: state)
        return MemberPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    /// The member's recent activity as HIM reads it: records named with their number.
    private func activity(of memberID: UUID, _ req: Request) async throws -> [AccountActivityPage.Entry] {
        let events = try await AccountActivity.events(of: memberID, on: req.db, limit: 30)
        let patientIDs = Set(events.compactMap(\.patientID)).compactMap(UUID.init(uuidString:))
        let patients = try await Patient.query(on: req.db).filter(\.$id ~~ patientIDs).all()
        let names = Dictionary(
            uniqueKeysWithValues: patients.map { ($0.id!.uuidString.lowercased(), "\($0.legalName) (\($0.medicalRecordNumber))") }
        )
        return AccountActivity.entries(
            events, names: names, apps: try await AccountActivity.appNames(in: events, on: req.db), req)
    }

    func deactivate(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let member = try await findMember(req)
        let memberID = try member.requireID()
        let reason = ((try? req.content.get(String.self, at: "reason")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard member.status == .active else { return .redirect(to: Routes.staffMember(Ref(memberID))) }
        guard !reason.isEmpty, reason.count <= Self.reasonMaxLength else {
            var state = FormState()
            state.reason = String(reason.prefix(Self.reasonMaxLength))
            state.reasonError = reason.isEmpty ? Strings.memberTools.reasonRequired : Strings.memberTools.reasonTooLong
            return try await render(member, req, state: state, status: .badRequest)
        }
        let now = req.now
        try await req.auditedChange { change in
            let db = change.db
            // Deactivated once, in one conditional statement: of two HIM users at once, the
            // first one's reason stands and one event is recorded.
            guard let sql = db as? any SQLDatabase,
                try await sql.update(Member.schema).set("status", to: SQLBind(Member.Status.deactivated.rawValue))
                    .set("deactivated_at", to: SQLBind(now)).set("deactivated_by", to: SQLBind(staff.id))
                    .set("deactivation_reason", to: SQLBind(reason))
                    // The address is let go, so the owner's new account can sign in with it.
                    .set("released_email", to: SQLIdentifier("email"))
                    .set("email", to: SQLBind(Member.releasedAddress(of: memberID)))
                    .where("id", .equal, SQLBind(memberID)).where("status", .equal, SQLBind(Member.Status.active.rawValue))
                    .returning("id").all().count == 1
            else { return }
            // Every session ends now: the next request from any of them is signed out.
            try await UserSession.query(on: db).filter(\.$member.$id == memberID).delete()
            // So does every app the member connected.
            try await AppAuthorization.revokeAll(memberID: memberID, reason: .accountClosed, at: now, on: db)
            try await AccountReport.query(on: db).filter(\.$member.$id == memberID).filter(\.$closedAt == nil)
                .set(\.$closedAt, to: now).set(\.$closedBy.$id, to: staff.id).update()
            try await change.audit(.memberDeactivated, .success, subject: .member(memberID))
        }
        return .redirect(to: Routes.staffMember(Ref(memberID)) + "?done=deactivated")
    }

    /// Lifts the lock of too many failed sign-ins, once HIM has checked who they are talking to.
    func unlock(_ req: Request) async throws -> Response {
        let member = try await findMember(req)
        let memberID = try member.requireID()
        try await req.auditedChange { change in
            if try await AccountLock(kind: .member, accountID: memberID, database: change.db).unlock() {
                try await change.audit(.accountUnlocked, .success, subject: .member(memberID))
            }
        }
        return .redirect(to: Routes.staffMember(Ref(memberID)) + "?done=unlocked")
    }

    func reinvite(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let member = try await findMember(req)
        let memberID = try member.requireID()
        var state = FormState()
        state.email = String(((try? req.content.get(String.self, at: "email")) ?? "").prefix(254))
        guard member.status == .deactivated else {
            state.emailError = Strings.memberTools.deactivateFirst
            return try await render(member, req, state: state, status: .badRequest)
        }
        // The invitation is verified against one patient whose access is still in force.
        let grants = try await AccessGrant.query(on: req.db).filter(\.$member.$id == memberID).with(\.$patient).all()
        let now = req.now
        guard
            let anchor = grants.first(where: { grant in
                grant.facts.map { !$0.revoked && ($0.ends.map { now < $0 } ?? true) } ?? false
            }), let relationship = Relationship(rawValue: anchor.relationship)
        else {
            state.emailError = Strings.memberTools.nothingToCarryOver
            return try await render(member, req, state: state, status: .badRequest)
        }
        let authorized = try await req.authorizedPatient(anchor.$patient.id, action: .grantsView, members: false, staff: [.him])
        let config = req.portal.config
        let language = member.language
        let email = state.email
        do {
            try await req.auditedChange { change in
                let invitation = try await Invitations.create(
                    to: email, as: relationship, for: authorized.patient, by: staff.id, language: language,
                    replacing: memberID, now: now, config: config, on: change.db)
                try await change.audit(.invitationSent, .success, patientID: authorized.id, subject: .invitation(invitation.id!))
            }
        } catch let problem as Invitations.Problem {
            state.emailError = Strings.grantTools.inviteProblem(problem)
            return try await render(member, req, state: state, status: .badRequest)
        }
        return .redirect(to: Routes.staffMember(Ref(memberID)) + "?done=invited")
    }

    func closeReports(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let member = try await findMember(req)
        let memberID = try member.requireID()
        let now = req.now
        try await req.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { return }
            let closed = try await sql.update(AccountReport.schema).set("closed_at", to: SQLBind(now))
                .set("closed_by", to: SQLBind(staff.id))
                .where("member_id", .equal, SQLBind(memberID)).where("closed_at", .is, SQLLiteral.null)
                .returning("id").all()
            if !closed.isEmpty { try await change.audit(.accountReportClosed, .success, subject: .member(memberID)) }
        }
        return .redirect(to: Routes.staffMember(Ref(memberID)) + "?done=closed")
    }
}
