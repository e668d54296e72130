import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// Administrators make staff accounts (an e-mailed link to choose a password, then an
/// authenticator at first sign-in), change their role, reset their second factor and close
/// them, each with a reason kept on the account and an audit event. Nobody changes their own
/// role or closes their own account, and the last active administrator stays one.
struct StaffAccountsController: RouteCollection {
    static let reasonMaxLength = 500

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffAccounts) { req in try await listPage(req, form: .init()) }
        routes.on(Routes.createStaffAccount) { req in try await create(req) }
        routes.on(Routes.staffAccount) { req in try await accountPage(req, try await account(req), state: .init()) }
        routes.on(Routes.changeStaffAccount) { req in try await change(req) }
        routes.on(Routes.staffWelcome) { req in try await welcome(req) }
        routes.on(Routes.staffWelcomePassword) { req in try await choosePassword(req) }
    }

    // MARK: The list and a new account

    func listPage(_ req: Request, form: StaffAccountsPages.NewAccount, status: HTTPResponseStatus = .ok) async throws
        -> Response
    {
        let staff = try await StaffUser.query(on: req.db).sort(\.$fullName).all()
        let pending = Set(
            try await StaffInvitation.query(on: req.db).filter(\.$usedAt == nil).all()
                .filter { $0.isUsable(at: req.now) }.map(\.$staffUser.id))
        let rows = staff.map { person in
            StaffAccountsPages.Row(
                name: person.fullName, email: person.email, role: person.role.displayName,
                status: Self.status(of: person, invited: pending.contains(person.id!)), link: Routes.staffAccount(person.ref))
        }
        var form = form
        form.careTeams = try await CareTeam.query(on: req.db).sort(\.$nameEnglish).all().map { team in
            let id = team.id!.uuidString.lowercased()
            return .init(id: id, name: LocalizedText(en: team.nameEnglish, es: team.nameSpanish), isChosen: form.chosen(id))
        }
        form.departments = try await DepartmentSetupController.departmentNames(on: req.db).map { department in
            let id = department.id.uuidString.lowercased()
            return .init(id: id, name: department.name, isChosen: form.chosen(id))
        }
        try await req.audit(.staffAccountsView, .success)
        return StaffAccountsPages.list(rows: rows, form: form, context: req.pageContextWithoutRecords()).response(status: status)
    }

    /// The ids ticked on the form; anything that is not an id is dropped.
    private static func ids(_ req: Request, _ field: String) -> [UUID] {
        ((try? req.content.get([String].self, at: field)) ?? []).prefix(200).compactMap(UUID.init(uuidString:))
    }

    static func status(of staff: StaffUser, invited: Bool) -> StaffAccountsText.Status {
        if staff.status == .deactivated { return .closed }
        if invited { return .invited }
        return staff.totpSecret == nil ? .settingUp : .active
    }

    func create(_ req: Request) async throws -> Response {
        if let stale = try SecurityController.staleProof(req, returnTo: Routes.staffAccounts()) { return stale }
        let admin = try req.signedInStaff()
        let adminID = try admin.requireID()
        var form = StaffAccountsPages.NewAccount(
            name: ((try? req.content.get(String.self, at: "full_name")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            email: ((try? req.content.get(String.self, at: "email")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                .lowercased(),
            role: (try? req.content.get(String.self, at: "role")) ?? "",
            language: (try? req.content.get(String.self, at: "language")) ?? "en")
        let teamIDs = Self.ids(req, "care_teams"), departmentIDs = Self.ids(req, "departments")
        form.chosenIDs = Set((teamIDs + departmentIDs).map { $0.uuidString.lowercased() })
        let words = Strings.staffAccounts
        if form.name.isEmpty || form.name.count > 200 { form.nameError = words.nameRequired }
        if form.email.count > 254 || !MailMessage.isSafeAddress(form.email) {
            form.emailError = words.emailBad
        } else if try await StaffUser.query(on: req.db).filter(\.$email == form.email).count() > 0 {
            form.emailError = words.emailTaken
        }
        let role = StaffRole(rawValue: form.role)
        if role == nil { form.roleError = words.roleRequired }
        guard let role, form.nameError == nil, form.emailError == nil else {
            form.name = String(form.name.prefix(200))
            form.email = String(form.email.prefix(254))
            return try await listPage(req, form: form, status: .badRequest)
        }
        let language = Language(rawValue: form.language) ?? .english
        // No one knows this password: the account opens only through the invitation.
        let unusable = try await req.portal.passwords.hash(RandomToken.make())
        let person = StaffUser(email: form.email, fullName: form.name, passwordHash: unusable, role: role, language: language)
        do {
            try await req.auditedChange { change in
                try await person.create(on: change.db)
                let personID = try person.requireID()
                try await StaffAccountChange(
                    staffUserID: personID, changedBy: adminID, kind: .created, detail: role.rawValue, reason: "",
                    at: req.now
                ).create(on: change.db)
                // Only what fits the role: care teams for those who answer messages, departments
                // for schedulers; ids that name nothing are dropped.
                if CareTeamSetupController.workers.contains(role) {
                    for team in try await CareTeam.query(on: change.db).filter(\.$id ~~ teamIDs).all() {
                        try await CareTeamStaff(careTeamID: team.requireID(), staffID: personID).create(on: change.db)
                    }
                }
                if role == .scheduler {
                    let known = Set(try await DepartmentSetupController.departmentNames(on: change.db).map(\.id))
                    for departmentID in Set(departmentIDs) where known.contains(departmentID) {
                        try await DepartmentScheduler(departmentID: departmentID, staffID: personID).create(on: change.db)
                    }
                }
                try await change.audit(.staffAccountCreated, .success, subject: .staff(personID))
                try await Self.invite(person, by: adminID, req, change)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            form.emailError = words.emailTaken
            return try await listPage(req, form: form, status: .badRequest)
        }
        return .redirect(to: Routes.staffAccount(person.ref) + "?done=created")
    }

    /// A new link replaces any earlier one, in the caller's transaction.
    static func invite(_ person: StaffUser, by adminID: UUID, _ req: Request, _ change: AuditedChange) async throws {
        let personID = try person.requireID()
        let now = req.now
        try await StaffInvitation.query(on: change.db).filter(\.$staffUser.$id == personID).filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now).update()
        let token = RandomToken.make()
        try await StaffInvitation(
            staffUserID: personID, tokenHash: RandomToken.sha256Hex(token), sentAt: now, sentBy: adminID
        ).create(on: change.db)
        let config = req.portal.config
        try await Outbox.enqueue(
            to: person.email, subject: Strings.mail.staffInvitationSubject(person.language),
            body: Strings.mail.staffInvitation(
                config.publicURL.absoluteString + Routes.staffWelcome(StaffInvitationToken(token)), config)(person.language),
            now: now, config: config, on: change.db)
        try await change.audit(.staffInvitationSent, .success, subject: .staff(personID))
    }

    // MARK: One account

    private func account(_ req: Request) async throws -> StaffUser {
        guard let id = req.id(of: StaffUser.self), let person = try await StaffUser.find(id, on: req.db) else {
            throw PortalError.notFound
        }
        return person
    }

    func accountPage(
        _ req: Request, _ person: StaffUser, state: StaffAccountsPages.AccountState, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let personID = try person.requireID()
        let admin = try req.signedInStaff()
        let changes = try await StaffAccountChange.query(on: req.db).filter(\.$staffUser.$id == personID)
            .with(\.$changedBy).sort(\.$changedAt, .descending).all()
        let invited = try await StaffInvitation.query(on: req.db).filter(\.$staffUser.$id == personID)
            .filter(\.$usedAt == nil).all().contains { $0.isUsable(at: req.now) }
        var state = state
        if state.notice == nil, let done = req.query[String.self, at: "done"] {
            state.notice =
                done == "created" ? Strings.staffAccounts.created(person.email) : Self.kind(done).map(Strings.staffAccounts.done)
        }
        let teams = try await CareTeamStaff.query(on: req.db).filter(\.$staff.$id == personID).with(\.$careTeam).all()
            .map {
                (
                    name: LocalizedText(en: $0.careTeam.nameEnglish, es: $0.careTeam.nameSpanish),
                    link: Routes.staffCareTeam($0.careTeam.ref)
                )
            }
        let departments = try await DepartmentScheduler.query(on: req.db).filter(\.$staff.$id == personID)
            .with(\.$department).all()
            .map { (name: $0.department.name, link: Routes.staffDepartment(Ref($0.department.id!))) }
        let zone = req.hospitalTimeZone
        let model = StaffAccountsPages.Account(
            id: personID, name: person.fullName, email: person.email, role: person.role,
            status: Self.status(of: person, invited: invited), isSelf: person.id == admin.id,
            memberships: teams + departments,
            history: changes.map {
                StaffAccountsPages.HistoryRow(
                    when: DateText.dateTime($0.changedAt, in: zone, language: req.language),
                    what: Strings.staffAccounts.describe($0.kind, $0.detail)(req.language), by: $0.changedBy.fullName,
                    reason: $0.reason)
            },
            state: state)
        try await req.audit(.staffAccountsView, .success, subject: .staff(personID))
        return StaffAccountsPages.account(model, context: req.pageContextWithoutRecords()).response(status: status)
    }

    private static func kind(_ value: String) -> StaffAccountChange.Kind? {
        switch value {
        case "created": .created
        case "invited": .invitationSent
        case "role": .roleChanged
        case "second-factor": .secondFactorReset
        case "closed": .deactivated
        default: nil
        }
    }

    private struct Refused: Error { let message: LocalizedText }

    /// One form per change, told apart by `action`; each needs a reason.
    func change(_ req: Request) async throws -> Response {
        let admin = try req.signedInStaff()
        let adminID = try admin.requireID()
        let person = try await account(req)
        // Changing someone's access is a sensitive change: the administrator's own password
        // and code, given within 5 minutes.
        if let stale = try SecurityController.staleProof(req, returnTo: Routes.staffAccount(person.ref)) { return stale }
        let personID = try person.requireID()
        let action = (try? req.content.get(String.self, at: "action")) ?? ""
        let reason = ((try? req.content.get(String.self, at: "reason")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var state = StaffAccountsPages.AccountState(action: action, reason: String(reason.prefix(Self.reasonMaxLength)))
        let words = Strings.staffAccounts
        guard ["role", "second-factor", "close", "invite"].contains(action) else { throw PortalError.badRequest }
        guard person.status == .active else { return .redirect(to: Routes.staffAccount(person.ref)) }
        if reason.isEmpty || reason.count > Self.reasonMaxLength {
            state.error = words.reasonRequired
            return try await accountPage(req, person, state: state, status: .badRequest)
        }
        let now = req.now
        do {
            try await req.auditedChange { change in
                // Counted and changed under one lock: two administrators demoting each other at
                // once cannot leave the portal without one.
                try await TransactionLock.take("staff-administrators", on: change.db)
                switch action {
                case "role":
                    guard personID != adminID else { throw Refused(message: words.ownRole) }
                    guard let role = StaffRole(rawValue: (try? req.content.get(String.self, at: "role")) ?? "") else {
                        throw Refused(message: words.roleRequired)
                    }
                    let current = try await StaffUser.find(personID, on: change.db)?.role
                    guard role != current else { throw Refused(message: words.sameRole) }
                    if current == .administrator { try await Self.keepAnAdministrator(besides: personID, on: change.db) }
                    try await StaffUser.query(on: change.db).filter(\.$id == personID).set(\.$role, to: role).update()
                    try await StaffAccountChange(
                        staffUserID: personID, changedBy: adminID, kind: .roleChanged,
                        detail: "\(current?.rawValue ?? "")→\(role.rawValue)", reason: reason, at: now
                    ).create(on: change.db)
                    try await SecurityNotices.tell(person.email, person.language, .roleChanged, req, on: change.db)
                    try await change.audit(.staffRoleChanged, .success, subject: .staff(personID))
                case "second-factor":
                    try await StaffUser.query(on: change.db).filter(\.$id == personID)
                        .set(\.$totpSecret, to: nil).set(\.$totpLastCounter, to: nil).update()
                    try await RecoveryCode.query(on: change.db).filter(\.$staffUser.$id == personID).delete()
                    try await UserSession.query(on: change.db).filter(\.$staffUser.$id == personID).delete()
                    try await StaffAccountChange(
                        staffUserID: personID, changedBy: adminID, kind: .secondFactorReset, reason: reason, at: now
                    ).create(on: change.db)
                    try await SecurityNotices.tell(person.email, person.language, .secondFactorReset, req, on: change.db)
                    try await change.audit(.staffSecondFactorReset, .success, subject: .staff(personID))
                case "close":
                    guard personID != adminID else { throw Refused(message: words.ownAccount) }
                    if person.role == .administrator { try await Self.keepAnAdministrator(besides: personID, on: change.db) }
                    guard let sql = change.db as? any SQLDatabase,
                        try await sql.update(StaffUser.schema)
                            .set("status", to: SQLBind(StaffUser.Status.deactivated.rawValue))
                            .where("id", .equal, SQLBind(personID))
                            .where("status", .equal, SQLBind(StaffUser.Status.active.rawValue))
                            .returning("id").all().count == 1
                    else { return }
                    try await UserSession.query(on: change.db).filter(\.$staffUser.$id == personID).delete()
                    try await StaffInvitation.query(on: change.db).filter(\.$staffUser.$id == personID)
                        .filter(\.$usedAt == nil).set(\.$usedAt, to: now).update()
                    try await StaffAccountChange(
                        staffUserID: personID, changedBy: adminID, kind: .deactivated, reason: reason, at: now
                    ).create(on: change.db)
                    try await change.audit(.staffAccountClosed, .success, subject: .staff(personID))
                default:
                    try await StaffAccountChange(
                        staffUserID: personID, changedBy: adminID, kind: .invitationSent, reason: reason, at: now
                    ).create(on: change.db)
                    try await Self.invite(person, by: adminID, req, change)
                }
            }
        } catch let refused as Refused {
            state.error = refused.message
            return try await accountPage(req, person, state: state, status: .conflict)
        }
        let done = ["role": "role", "second-factor": "second-factor", "close": "closed", "invite": "invited"][action]!
        return .redirect(to: Routes.staffAccount(person.ref) + "?done=\(done)")
    }

    /// Refuses a change that would leave no active administrator besides `personID`.
    private static func keepAnAdministrator(besides personID: UUID, on db: any Database) async throws {
        let others = try await StaffUser.query(on: db).filter(\.$role == .administrator).filter(\.$status == .active)
            .filter(\.$id != personID).count()
        guard others > 0 else { throw Refused(message: Strings.staffAccounts.lastAdministrator) }
    }

    // MARK: The new staff member's link

    private func invitation(_ req: Request) async throws -> (StaffInvitation, String)? {
        guard let token = req.token(StaffInvitationToken.self)?.value, token.count == 43,
            let invitation = try await StaffInvitation.query(on: req.db)
                .filter(\.$tokenHash == RandomToken.sha256Hex(token)).with(\.$staffUser).first(),
            invitation.isUsable(at: req.now), invitation.staffUser.status == .active
        else { return nil }
        return (invitation, token)
    }

    private func closed(_ req: Request) -> Response {
        StaffAccountsPages.welcome(.closed, context: req.pageContextWithoutRecords()).response(status: .gone)
    }

    func welcome(_ req: Request) async throws -> Response {
        guard let (invitation, token) = try await invitation(req) else { return closed(req) }
        return StaffAccountsPages.welcome(
            .password(token: token, name: invitation.staffUser.fullName, errors: []), context: req.pageContextWithoutRecords()
        ).response()
    }

    /// The password, then straight to setting up the authenticator: the link is spent in one
    /// conditional statement, so of two submissions one sets the password.
    func choosePassword(_ req: Request) async throws -> Response {
        guard let (invitation, token) = try await invitation(req) else { return closed(req) }
        let person = invitation.staffUser
        let personID = try person.requireID()
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let problems = req.portal.passwordPolicy.problems(
            with: password, hasSecondFactor: true, personalInformation: [person.fullName, person.email])
        guard problems.isEmpty else {
            return StaffAccountsPages.welcome(
                .password(token: token, name: person.fullName, errors: problems.map(Strings.account.problem)),
                context: req.pageContextWithoutRecords()
            ).response(status: .badRequest)
        }
        let hash = try await req.portal.passwords.hash(password)
        let now = req.now
        let used = try await req.auditedChange { change -> Bool in
            guard let sql = change.db as? any SQLDatabase,
                try await sql.update(StaffInvitation.schema).set("used_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(invitation.requireID())).where("used_at", .is, SQLLiteral.null)
                    .returning("id").all().count == 1
            else { return false }
            try await StaffUser.query(on: change.db).filter(\.$id == personID).set(\.$passwordHash, to: hash).update()
            try await change.audit(.staffPasswordSet, .success, actorKind: .staff, actorID: personID)
            return true
        }
        guard used else { return closed(req) }
        // Someone who already has an authenticator signs in with it: the link alone, read from
        // a mailbox, does not sign anyone in. Their other sessions end with the old password.
        if person.totpSecret != nil {
            try await UserSession.query(on: req.db).filter(\.$staffUser.$id == personID).delete()
            return .redirect(to: Routes.staffSignIn() + "?password=1")
        }
        let response = Response.redirect(to: Routes.secondFactorSetup())
        _ = try await req.startSession(
            memberID: nil, staffUserID: personID, stage: .settingUpSecondFactor, replacing: req.currentSession?.session,
            response: response, recording: nil)
        return response
    }
}
