import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// HIM's queue of enrollment requests: oldest first with the business days each has waited;
/// one request's answers, its identity document and a search to match it to a record; and
/// the decision, which exactly one HIM user can make.
struct EnrollmentQueueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffEnrollment) { req in try await queue(req) }
        routes.on(Routes.staffEnrollmentRequest) { req in try await request(req) }
        routes.on(Routes.staffEnrollmentDocument) { req in try await document(req) }
        routes.on(Routes.staffEnrollmentApprove) { req in try await approve(req) }
        routes.on(Routes.staffEnrollmentReject) { req in try await reject(req) }
    }

    // MARK: The queue

    func queue(_ req: Request) async throws -> Response {
        let pending = try await EnrollmentRequest.query(on: req.db)
            .filter(\.$status == EnrollmentRequest.Status.pending.rawValue).sort(\.$submittedAt).all()
        let decided = try await EnrollmentRequest.query(on: req.db)
            .filter(\.$status != EnrollmentRequest.Status.pending.rawValue).sort(\.$decidedAt, .descending).limit(10).all()
        let calendar = req.portal.config.calendar
        let today = req.today
        let shared = try await Self.teenAddressesInUse(pending, on: req.db)
        let rows = pending.map { request -> EnrollmentQueuePage.Row in
            let waited = calendar.businessDaysWaited(
                since: LocalDate(request.submittedAt, in: req.hospitalTimeZone), until: today)
            var row = row(request, req, waited: waited)
            row.sharesAddress = shared.contains(request.id!)
            return row
        }
        try await req.audit(.enrollmentQueueView, .success)
        let notice: LocalizedText? =
            switch try? req.query.get(String.self, at: "done") {
            case "approved": Strings.enrollmentQueue.approvedNotice
            case "rejected": Strings.enrollmentQueue.rejectedNotice
            default: nil
            }
        let reports = try await AccountReport.query(on: req.db).filter(\.$closedAt == nil).with(\.$member)
            .sort(\.$reportedAt).all()
        let model = EnrollmentQueuePage.Model(
            pending: rows, decided: decided.map { row($0, req, waited: nil) }, notice: notice,
            reports: reports.map {
                (
                    $0.member.fullName, Routes.staffMember(Ref($0.$member.id)),
                    DateText.dateTime($0.reportedAt, in: req.hospitalTimeZone, language: req.language)
                )
            })
        return EnrollmentQueuePage.render(model, context: try await req.pageContext()).response()
    }

    private func row(_ request: EnrollmentRequest, _ req: Request, waited: Int?) -> EnrollmentQueuePage.Row {
        EnrollmentQueuePage.Row(
            link: Routes.staffEnrollmentRequest(request.ref), applicantName: request.applicantName,
            applicant: request.applicant.map(Strings.enrollment.applicantName),
            patientName: request.patientLegalName,
            patientBirthDate: LocalDate(iso: request.patientBirthDate).map { DateText.long($0, language: req.language) } ?? "",
            submitted: DateText.long(LocalDate(request.submittedAt, in: req.hospitalTimeZone), language: req.language),
            businessDaysWaited: waited, isLate: (waited ?? 0) > EnrollmentQueuePage.promisedBusinessDays,
            status: request.statusValue)
    }

    // MARK: One request

    func request(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let request = try await findRequest(req)
        return try await render(request, req, staff: staff, decision: DecisionState())
    }

    struct DecisionState: Sendable {
        var patientID = ""
        var relationship = ""
        var reason = ""
        var note = ""
        var approveError: LocalizedText?
        var rejectError: LocalizedText?
        var takenByOther = false
    }

    private func render(
        _ request: EnrollmentRequest, _ req: Request, staff: StaffUser, decision: DecisionState,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let searchText = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        let searchBirth = ((try? req.query.get(String.self, at: "born")) ?? "").trimmingCharacters(in: .whitespaces)
        let candidates = try await candidates(for: request, query: searchText, born: searchBirth, req)
        try await req.audit(
            .enrollmentView, .success, patientID: request.$matchedPatient.id, subject: .enrollmentRequest(request.id!))
        let model = EnrollmentRequestPage.Model(
            id: request.id!,
            request: .init(
                applicantName: request.applicantName, applicantEmail: request.applicantEmail,
                applicantPhone: request.applicantPhone, patientLegalName: request.patientLegalName,
                patientZIP: request.patientZIP, patientRecordNumber: request.patientRecordNumber,
                status: request.statusValue, matchedPatientID: request.$matchedPatient.id),
            applicant: request.applicant,
            identification: IdentificationType(rawValue: request.identificationType),
            submitted: DateText.long(LocalDate(request.submittedAt, in: req.hospitalTimeZone), language: req.language),
            birthDate: LocalDate(iso: request.patientBirthDate).map { DateText.long($0, language: req.language) } ?? "",
            warnings: try await warnings(for: request, req),
            hasDocument: request.$identityDocument.id != nil,
            decisionSummary: try await decisionSummary(request, req),
            searchText: searchText, searchBirth: searchBirth, candidates: candidates, decision: decision)
        return EnrollmentRequestPage.render(model, context: try await req.pageContext()).response(status: status)
    }

    /// Patients that may be the one the request is about: HIM's own search when given,
    /// otherwise the record number the applicant gave, or the name and date of birth.
    private func candidates(
        for request: EnrollmentRequest, query: String, born: String, _ req: Request
    ) async throws -> [EnrollmentRequestPage.Candidate] {
        guard request.statusValue == .pending else { return [] }
        var found: [Patient] = []
        if !query.isEmpty {
            if let searchable = PatientDirectory.searchable(query) {
                found = try await PatientDirectory.search(searchable, bornOn: LocalDate(iso: born), on: req.db)
            }
        } else {
            if let number = request.patientRecordNumber {
                found = try await Patient.query(on: req.db).filter(\.$medicalRecordNumber == number).all()
            }
            if found.isEmpty, let lastName = request.patientLegalName.split(separator: " ").last,
                let searchable = PatientDirectory.searchable(String(lastName))
            {
                found = try await PatientDirectory.search(
                    searchable, bornOn: LocalDate(iso: request.patientBirthDate), on: req.db)
            }
        }
        try await req.audit(found.map { req.auditEntry(.patientSearch, .success, patientID: $0.id) })
        return found.map { patient in
            EnrollmentRequestPage.Candidate(
                id: patient.id!, name: patient.legalName, recordNumber: patient.medicalRecordNumber,
                birthDate: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "",
                zipMatches: patient.zipCode.prefix(5) == request.patientZIP.prefix(5),
                birthDateMatches: patient.birthDate == request.patientBirthDate)
        }
    }

    /// What HIM should know before deciding; worded so the applicant could never see it.
    /// The teens' own requests among these whose address already belongs to an account or to
    /// a parent's request for a patient born the same day: their invitation cannot go there.
    static func teenAddressesInUse(_ requests: [EnrollmentRequest], on db: any Database) async throws -> Set<UUID> {
        let teens = requests.filter { $0.applicant == .patient }
        guard !teens.isEmpty else { return [] }
        let emails = Array(Set(teens.map(\.applicantEmail)))
        let accounts = Set(try await Member.query(on: db).filter(\.$email ~~ emails).all().map { $0.email.lowercased() })
        let parents = try await EnrollmentRequest.query(on: db).filter(\.$applicantEmail ~~ emails)
            .filter(\.$applicantKind ~~ [Applicant.parent.rawValue, Applicant.legalGuardian.rawValue]).all()
        return Set(
            teens.filter { teen in
                accounts.contains(teen.applicantEmail)
                    || parents.contains {
                        $0.applicantEmail == teen.applicantEmail && $0.patientBirthDate == teen.patientBirthDate
                    }
            }.compactMap(\.id))
    }

    private func warnings(for request: EnrollmentRequest, _ req: Request) async throws -> [LocalizedText] {
        let words = Strings.enrollmentQueue
        var warnings: [LocalizedText] = []
        if try await Member.query(on: req.db).filter(\.$email == request.applicantEmail).count() > 0 {
            warnings.append(request.applicant == .patient ? words.teenEmailHasAccount : words.emailHasAccount)
        }
        let others = try await EnrollmentRequest.query(on: req.db).filter(\.$applicantEmail == request.applicantEmail)
            .filter(\.$id != request.id!).count()
        if others > 0 { warnings.append(words.otherRequests(others)) }
        if request.applicant == .patient {
            let digits = PhoneNumber(request.applicantPhone)?.nationalDigits
            let parents = try await EnrollmentRequest.query(on: req.db)
                .filter(\.$applicantKind ~~ [Applicant.parent.rawValue, Applicant.legalGuardian.rawValue])
                .filter(\.$patientBirthDate == request.patientBirthDate).all()
            if digits != nil, parents.contains(where: { PhoneNumber($0.applicantPhone)?.nationalDigits == digits }) {
                warnings.append(words.phoneMatchesParent)
            }
            if parents.contains(where: { $0.applicantEmail == request.applicantEmail }) {
                warnings.append(words.emailMatchesParent)
            }
        }
        return warnings
    }

    private func decisionSummary(_ request: EnrollmentRequest, _ req: Request) async throws -> LocalizedText? {
        guard request.statusValue != .pending, let decidedAt = request.decidedAt else { return nil }
        let by = try await request.$decidedBy.get(on: req.db)?.fullName ?? ""
        let when = DateText.long(LocalDate(decidedAt, in: req.hospitalTimeZone), language: req.language)
        if request.statusValue == .approved { return Strings.enrollmentQueue.approvedBy(by, when) }
        let reason = EnrollmentRequest.RejectionReason(rawValue: request.rejectionReason ?? "") ?? .other
        return Strings.enrollmentQueue.rejectedBy(by, when, reason)
    }

    private func findRequest(_ req: Request) async throws -> EnrollmentRequest {
        guard let id = req.id(of: EnrollmentRequest.self),
            let request = try await EnrollmentRequest.find(id, on: req.db)
        else { throw PortalError.notFound }
        return request
    }

    // MARK: The identity document

    func document(_ req: Request) async throws -> Response {
        let request = try await findRequest(req)
        guard let stored = try await request.$identityDocument.get(on: req.db) else { throw PortalError.notFound }
        let bytes = try req.portal.documents.open(stored)
        try await req.audit(
            .identityDocumentView, .success, patientID: request.$matchedPatient.id, subject: .enrollmentRequest(request.id!))
        return .download(bytes, of: stored, named: "identity-document")
    }

    // MARK: Deciding

    func approve(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let request = try await findRequest(req)
        var decision = DecisionState()
        decision.patientID = (try? req.content.get(String.self, at: "patient_id")) ?? ""
        decision.relationship = (try? req.content.get(String.self, at: "relationship")) ?? ""
        guard case .success = EnrollmentFlow.decide(.approve, from: request.statusValue) else {
            return try await taken(request, req, staff: staff, decision)
        }
        guard let applicant = request.applicant, let patientID = UUID(uuidString: decision.patientID) else {
            decision.approveError = Strings.enrollmentQueue.choosePatient
            return try await render(request, req, staff: staff, decision: decision, status: .badRequest)
        }
        let relationship = Relationship(rawValue: decision.relationship)
        guard let relationship, EnrollmentQueuePage.relationships(for: applicant).contains(relationship) else {
            decision.approveError = Strings.enrollmentQueue.chooseRelationship
            return try await render(request, req, staff: staff, decision: decision, status: .badRequest)
        }
        // The chosen patient goes through the access policy's door like every other look.
        let authorized = try await req.authorizedPatient(patientID, action: .grantsView, members: false, staff: [.him])
        let (now, config) = (req.now, req.portal.config)
        let invitation: Invitation?
        do {
            invitation = try await req.auditedChange { change -> Invitation? in
                let db = change.db
                guard try await claim(request.id!, .approved, by: staff.id!, patientID: patientID, now: now, on: db) else {
                    return nil
                }
                let invitation = try await Invitations.create(
                    to: request.applicantEmail, as: relationship, for: authorized.patient, by: staff.id,
                    language: request.language, now: now, config: config, on: db)
                try await change.audit(
                    .enrollmentApproved, .success, patientID: patientID, subject: .enrollmentRequest(request.id!))
                try await change.audit(.invitationSent, .success, patientID: patientID, subject: .invitation(invitation.id!))
                return invitation
            }
        } catch let problem as Invitations.Problem {
            decision.approveError = Strings.grantTools.inviteProblem(problem)
            return try await render(request, req, staff: staff, decision: decision, status: .badRequest)
        }
        guard invitation != nil else { return try await taken(request, req, staff: staff, decision) }
        return .redirect(to: Routes.staffEnrollment() + "?done=approved")
    }

    func reject(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let request = try await findRequest(req)
        var decision = DecisionState()
        decision.reason = (try? req.content.get(String.self, at: "reason")) ?? ""
        let note = ((try? req.content.get(String.self, at: "note")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        decision.note = String(note.prefix(EnrollmentQueuePage.noteMaxLength))
        guard case .success = EnrollmentFlow.decide(.reject, from: request.statusValue) else {
            return try await taken(request, req, staff: staff, decision)
        }
        guard let reason = EnrollmentRequest.RejectionReason(rawValue: decision.reason) else {
            decision.rejectError = Strings.enrollmentQueue.chooseReason
            return try await render(request, req, staff: staff, decision: decision, status: .badRequest)
        }
        guard note.count <= EnrollmentQueuePage.noteMaxLength, reason != .other || !note.isEmpty else {
            decision.rejectError = note.isEmpty ? Strings.enrollmentQueue.explainOther : Strings.enrollmentQueue.noteTooLong
            return try await render(request, req, staff: staff, decision: decision, status: .badRequest)
        }
        let (now, config) = (req.now, req.portal.config)
        let decided = try await req.auditedChange { change -> Bool in
            let db = change.db
            guard
                try await claim(
                    request.id!, .rejected, by: staff.id!, reason: reason.rawValue, note: note.isEmpty ? nil : note,
                    now: now, on: db)
            else { return false }
            request.rejectionReason = reason.rawValue
            try await EnrollmentEmails.queueRejected(request, config: config, now: now, on: db)
            try await change.audit(.enrollmentRejected, .success, subject: .enrollmentRequest(request.id!))
            return true
        }
        guard decided else { return try await taken(request, req, staff: staff, decision) }
        return .redirect(to: Routes.staffEnrollment() + "?done=rejected")
    }

    /// Another HIM user decided first: show what they decided, and change nothing.
    private func taken(
        _ request: EnrollmentRequest, _ req: Request, staff: StaffUser, _ decision: DecisionState
    ) async throws -> Response {
        var decision = decision
        decision.takenByOther = true
        let fresh = try await EnrollmentRequest.find(request.id!, on: req.db) ?? request
        return try await render(fresh, req, staff: staff, decision: decision, status: .conflict)
    }

    /// Moves a pending request to its decision in one statement, so of two HIM users acting
    /// at once exactly one changes it; the other finds no pending row.
    private func claim(
        _ id: UUID, _ status: EnrollmentRequest.Status, by staffID: UUID, patientID: UUID? = nil, reason: String? = nil,
        note: String? = nil, now: Date, on db: any Database
    ) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { throw PortalError.internalFailure }
        let claimed = try await sql.update(EnrollmentRequest.schema)
            .set("status", to: SQLBind(status.rawValue))
            .set("decided_at", to: SQLBind(now))
            .set("decided_by", to: SQLBind(staffID))
            .set("matched_patient_id", to: SQLBind(patientID))
            .set("rejection_reason", to: SQLBind(reason))
            .set("decision_note", to: SQLBind(note))
            .where("id", .equal, SQLBind(id))
            .where("status", .equal, SQLBind(EnrollmentRequest.Status.pending.rawValue))
            .returning("id").all()
        return !claimed.isEmpty
    }
}
