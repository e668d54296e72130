import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// HIM's back office for portal access: find a patient, see every grant with its status
/// today, record a special circumstance with its document, revoke access.
struct GrantToolsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffPatients) { req in try await search(req) }
        routes.on(Routes.staffPatient) { req, authorized in
            try await page(req, authorized)
        }
        // The door records the look at the patient's grants; the change is audited once it is committed.
        routes.on(Routes.staffPatientGrants) { req, authorized in
            try await add(req, authorized)
        }
        routes.on(Routes.staffGrantRevoke) { req, authorized in
            try await revoke(req, authorized)
        }
        routes.on(Routes.staffGrantDocument) { req, authorized in
            try await document(req, authorized)
        }
        routes.on(Routes.staffPatientInvitations) { req, authorized in
            try await invite(req, authorized)
        }
    }

    // MARK: Finding a patient

    func search(_ req: Request) async throws -> Response {
        let query = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let searchable = PatientDirectory.searchable(query)
        let tooShort = !query.isEmpty && searchable == nil
        var matches: [PatientSearchPage.Match]?
        if let searchable {
            let found = try await PatientDirectory.search(searchable, on: req.db)
            try await req.audit(found.map { req.auditEntry(.patientSearch, .success, patientID: $0.id) })
            matches = found.map { match($0, req, note: nil) }
        }
        let model = PatientSearchPage.Model(
            query: query, queryTooShort: tooShort, matches: matches, endedAtEighteen: try await endedAtEighteen(req))
        return PatientSearchPage.render(model, context: try await req.pageContext()).response(
            status: tooShort ? .badRequest : .ok)
    }

    /// Patients whose parents' access ended on an 18th birthday in the last thirty days.
    private func endedAtEighteen(_ req: Request) async throws -> [PatientSearchPage.Match] {
        let today = req.today
        // A day wider than needed, so a February 29 birthday is not missed; the status decides.
        let earliest = today.adding(days: -AdulthoodNotice.leadDays - 1).adding(years: -AgeBand.adultFrom)
        let patients = try await Patient.query(on: req.db)
            .filter(\.$birthDate >= earliest.iso).filter(\.$birthDate <= today.adding(years: -AgeBand.adultFrom).iso)
            .sort(\.$birthDate, .descending).limit(200).all()
        let grantsByPatient = Dictionary(
            grouping: try await AccessGrant.query(on: req.db).filter(\.$patient.$id ~~ patients.compactMap(\.id)).all()
        ) { $0.$patient.id }
        var matches: [PatientSearchPage.Match] = []
        for patient in patients {
            guard let birth = LocalDate(iso: patient.birthDate) else { continue }
            let ended = (grantsByPatient[patient.id!] ?? []).compactMap(\.facts).compactMap { facts -> LocalDate? in
                guard
                    case .endedAtEighteen(let birthday) = GrantStatus.of(
                        facts, patientBirthDate: birth, at: req.now, in: req.hospitalTimeZone),
                    birthday > today.adding(days: -AdulthoodNotice.leadDays)
                else { return nil }
                return birthday
            }
            guard let birthday = ended.first else { continue }
            try await req.audit(.patientSearch, .success, patientID: patient.id)
            matches.append(
                match(patient, req, note: Strings.grantTools.endedOn(DateText.long(birthday, language: req.language))))
        }
        return matches
    }

    private func match(_ patient: Patient, _ req: Request, note: LocalizedText?) -> PatientSearchPage.Match {
        PatientSearchPage.Match(
            name: patient.legalName, recordNumber: patient.medicalRecordNumber,
            dateOfBirth: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "",
            link: Routes.staffPatient(patient.ref), note: note)
    }

    // MARK: One patient's grants

    func page(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let notice: LocalizedText? =
            switch try? req.query.get(String.self, at: "done") {
            case "added": Strings.grantTools.added
            case "revoked": Strings.grantTools.revoked
            case "invited": Strings.grantTools.invited
            case "teams": Strings.careTeamInbox.teamsSaved
            default: nil
            }
        var form = BackOfficePatientPage.FormState()
        form.firstDay = req.today.iso
        return try await render(req, authorized, notice: notice, form: form)
    }

    private func render(
        _ req: Request, _ authorized: AuthorizedPatient, notice: LocalizedText? = nil, form: BackOfficePatientPage.FormState,
        revokeErrorFor: UUID? = nil, inviteError: LocalizedText? = nil, inviteEmail: String = "",
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let patient = authorized.patient
        let birth = LocalDate(iso: patient.birthDate) ?? req.today
        let grants = try await AccessGrant.query(on: req.db).filter(\.$patient.$id == authorized.id)
            .with(\.$member).with(\.$recordedBy).with(\.$revokedBy).sort(\.$startsAt, .descending).all()
        let language = req.language
        func day(_ instant: Date) -> String { DateText.long(LocalDate(instant, in: req.hospitalTimeZone), language: language) }
        let rows = grants.map { grant -> BackOfficePatientPage.GrantRow in
            let facts = grant.facts
            let status = facts.map { GrantStatus.of($0, patientBirthDate: birth, at: req.now, in: req.hospitalTimeZone) }
            let revocation = grant.revokedAt.map { at in
                [grant.revokedBy?.fullName, day(at), grant.revokeReason].compactMap { $0 }.joined(separator: " · ")
            }
            return BackOfficePatientPage.GrantRow(
                id: grant.id!.uuidString.lowercased(), account: grant.member.fullName, email: grant.member.shownEmail,
                memberLink: Routes.staffMember(Ref(grant.$member.id)),
                relationship: facts.map { Strings.grantTools.relationshipName($0.relationship) }
                    ?? Strings.grantTools.unreadable,
                kind: facts.map { Strings.grantTools.kindName($0.kind) } ?? Strings.grantTools.unreadable,
                courtOrdered: grant.courtOrdered,
                dates: Strings.grantTools.from(
                    day(grant.startsAt), grant.endsAt.map { day($0.addingTimeInterval(-1)) }),
                status: status.map { Strings.grantTools.grantStatus($0)(language) }
                    ?? Strings.grantTools.grantStatus(.noAccessAtThisAge)(language),
                recordedBy: grant.recordedBy?.fullName, reason: grant.reason, revocation: revocation,
                documentLink: grant.$supportingDocument.id.map { _ in Routes.staffGrantDocument(authorized.ref, grant.ref) },
                revokeAction: status?.canBeRevoked == true ? Routes.staffGrantRevoke(authorized.ref, grant.ref) : nil)
        }
        let invitations = try await Invitation.query(on: req.db).filter(\.$patient.$id == authorized.id)
            .sort(\.$sentAt, .descending).limit(10).all()
            .map { invitation in
                BackOfficePatientPage.InvitationRow(
                    email: invitation.email,
                    relationship: Strings.grantTools.relationshipName(Relationship(rawValue: invitation.relationship) ?? .other),
                    sent: day(invitation.sentAt), state: Strings.grantTools.invitationState(invitation.state(at: req.now)))
            }
        var model = BackOfficePatientPage.Model(
            name: patient.legalName, recordNumber: patient.medicalRecordNumber,
            dateOfBirth: DateText.long(birth, language: language), age: Age.years(bornOn: birth, on: req.today),
            grants: rows, notice: notice, form: form, addAction: Routes.staffPatientGrants(authorized.ref),
            revokeErrorFor: revokeErrorFor?.uuidString.lowercased())
        model.invitations = invitations
        model.inviteAction = Routes.staffPatientInvitations(authorized.ref)
        model.inviteError = inviteError
        model.inviteEmail = inviteEmail
        let chosen = Set(try await PatientCareTeam.query(on: req.db).filter(\.$patient.$id == authorized.id).all(\.$careTeam.$id))
        model.careTeams = try await CareTeam.query(on: req.db).filter(\.$kind == .clinical).sort(\.$nameEnglish).all().map {
            ($0.id!.uuidString.lowercased(), $0.name(language), chosen.contains($0.id!))
        }
        model.careTeamsAction = Routes.staffPatientCareTeams(authorized.ref)
        return BackOfficePatientPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    // MARK: Recording a special circumstance

    func add(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let staff = try req.signedInStaff()
        let form = (try? req.content.decode(SpecialCircumstanceForm.self)) ?? SpecialCircumstanceForm()
        var state = BackOfficePatientPage.FormState(
            memberEmail: String((form.memberEmail ?? "").prefix(254)), relationship: form.relationship ?? "",
            kind: form.kind ?? "", firstDay: form.firstDay ?? "", lastDay: form.lastDay ?? "",
            courtOrdered: form.courtOrdered == "yes",
            reason: String((form.reason ?? "").prefix(SpecialCircumstanceForm.reasonMaxLength)))
        let checked = try await check(form, state: state, authorized, req)
        state.problems = checked.problems
        guard state.problems.isEmpty, let grant = checked.grant, let sealed = checked.document else {
            return try await render(req, authorized, form: state, status: .badRequest)
        }
        grant.$recordedBy.id = staff.id
        try await req.auditedChange { change in
            try await sealed.create(on: change.db)
            grant.$supportingDocument.id = sealed.id
            try await grant.create(on: change.db)
            try await change.audit(.grantAdded, .success, patientID: authorized.id, subject: .grant(grant.id!))
        }
        return .redirect(to: Routes.staffPatient(authorized.ref) + "?done=added")
    }

    private struct Checked {
        var problems: [SpecialCircumstanceProblem] = []
        var grant: AccessGrant?
        var document: StoredDocument?
    }

    private func check(
        _ form: SpecialCircumstanceForm, state: BackOfficePatientPage.FormState, _ authorized: AuthorizedPatient, _ req: Request
    ) async throws -> Checked {
        var checked = Checked()
        let kind = GrantKind(rawValue: state.kind).flatMap { $0.isSpecialCircumstance ? $0 : nil }
        let relationship = Relationship(rawValue: state.relationship).flatMap { $0 == .self ? nil : $0 }
        if kind == nil { checked.problems.append(.chooseKind) }
        if relationship == nil { checked.problems.append(.chooseRelationship) }
        if (form.reason ?? "").count > SpecialCircumstanceForm.reasonMaxLength { checked.problems.append(.reasonTooLong) }

        let zone = req.hospitalTimeZone
        let firstDay = state.firstDay.isEmpty ? req.today : LocalDate(iso: state.firstDay)
        let lastDay = state.lastDay.isEmpty ? nil : LocalDate(iso: state.lastDay)
        let datesReadable = firstDay != nil && (state.lastDay.isEmpty || lastDay != nil)
        if !datesReadable { checked.problems.append(.badDate) }

        let email = state.memberEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let member = try await Member.query(on: req.db).filter(\.$email == email).first()
        if let member, member.status == .active {
            let existing = try await AccessGrant.query(on: req.db).filter(\.$member.$id == member.id!)
                .filter(\.$patient.$id == authorized.id).all().compactMap(\.facts).map(\.relationship)
            if GrantRules.conflictsWithExisting(relationship ?? .other, existing: existing) {
                checked.problems.append(.patientsOwnAccount)
            }
        } else {
            checked.problems.append(.memberNotFound)
        }

        if let file = form.document, file.data.readableBytes > 0 {
            do {
                checked.document = try req.portal.documents.seal(Array(buffer: file.data), purpose: .grantSupport)
            } catch let refusal as DocumentVault.Refusal {
                checked.problems.append(.upload(refusal))
            }
        }

        guard let kind, let relationship, let firstDay, datesReadable,
            let birth = LocalDate(iso: authorized.patient.birthDate)
        else { return checked }
        // A grant runs from the first day's local midnight to the midnight after its last day.
        let starts = firstDay.startOfDay(in: zone)
        let ends = lastDay.map { $0.adding(days: 1).startOfDay(in: zone) }
        let circumstance = GrantRules.SpecialCircumstance(
            kind: kind, relationship: relationship, starts: starts, ends: ends, courtOrdered: state.courtOrdered,
            reason: state.reason, hasSupportingDocument: checked.document != nil)
        let ruleProblems = GrantRules.problems(with: circumstance, patientBirthDate: birth, now: req.now, in: zone)
        // An unreadable upload already has its own message.
        checked.problems += ruleProblems.filter {
            !($0 == .documentRequired && checked.problems.contains { $0.field == "document" })
        }
        .map(SpecialCircumstanceProblem.rule)
        if let member, checked.problems.isEmpty {
            checked.grant = AccessGrant(
                memberID: member.id!, patientID: authorized.id, relationship: relationship, kind: kind, startsAt: starts,
                endsAt: ends, reason: state.reason.trimmingCharacters(in: .whitespacesAndNewlines),
                courtOrdered: state.courtOrdered)
        }
        return checked
    }

    // MARK: Revoking

    func revoke(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let staff = try req.signedInStaff()
        guard let grant = try await grant(in: req, of: authorized) else { throw PortalError.notFound }
        let reason = ((try? req.content.get(String.self, at: "reason")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= SpecialCircumstanceForm.reasonMaxLength else {
            var form = BackOfficePatientPage.FormState()
            form.firstDay = req.today.iso
            return try await render(req, authorized, form: form, revokeErrorFor: grant.id, status: .badRequest)
        }
        // Revoked once, in one conditional statement: a second click, or a colleague at the
        // same moment, neither overwrites the reason nor records a second revocation.
        let (now, grantID) = (req.now, try grant.requireID())
        try await req.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { return }
            let revoked = try await sql.update(AccessGrant.schema)
                .set("revoked_at", to: SQLBind(now)).set("revoked_by", to: SQLBind(staff.id))
                .set("revoke_reason", to: SQLBind(reason))
                .where("id", .equal, SQLBind(grantID)).where("revoked_at", .is, SQLLiteral.null)
                .returning("id").all()
            if revoked.count == 1 {
                try await change.audit(.grantRevoked, .success, patientID: authorized.id, subject: .grant(grantID))
            }
        }
        return .redirect(to: Routes.staffPatient(authorized.ref) + "?done=revoked")
    }

    // MARK: Invitations

    func invite(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let staff = try req.signedInStaff()
        let email = String(((try? req.content.get(String.self, at: "email")) ?? "").prefix(254))
        let relationship =
            ((try? req.content.get(String.self, at: "relationship")).flatMap(Relationship.init(rawValue:))) ?? .other
        var form = BackOfficePatientPage.FormState()
        form.firstDay = req.today.iso
        do {
            let (now, config) = (req.now, req.portal.config)
            try await req.auditedChange { change in
                let invitation = try await Invitations.create(
                    to: email, as: relationship, for: authorized.patient, by: staff.id, language: nil, now: now,
                    config: config, on: change.db)
                try await change.audit(.invitationSent, .success, patientID: authorized.id, subject: .invitation(invitation.id!))
            }
        } catch let problem as Invitations.Problem {
            return try await render(
                req, authorized, form: form, inviteError: Strings.grantTools.inviteProblem(problem), inviteEmail: email,
                status: .badRequest)
        }
        return .redirect(to: Routes.staffPatient(authorized.ref) + "?done=invited")
    }

    // MARK: The supporting document

    func document(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let grant = try await grant(in: req, of: authorized),
            let stored = try await grant.$supportingDocument.get(on: req.db)
        else { throw PortalError.notFound }
        let bytes = try req.portal.documents.open(stored)
        try await req.audit(.grantDocumentView, .success, patientID: authorized.id, subject: .grant(grant.id!))
        return .download(bytes, of: stored, named: "supporting-document")
    }

    private func grant(in req: Request, of authorized: AuthorizedPatient) async throws -> AccessGrant? {
        guard let id = req.id(of: AccessGrant.self) else { return nil }
        return try await AccessGrant.query(on: req.db).filter(\.$id == id).filter(\.$patient.$id == authorized.id).first()
    }
}
