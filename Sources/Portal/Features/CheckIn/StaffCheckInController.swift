import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Vapor

/// The staff side of online check-in. A scheduler lists their departments' visits of the next
/// 7 days with each check-in's progress and opens one; clinicians and HIM open it from the
/// visit. A confidential screen's answers are for the care team's clinicians (and HIM), not
/// the front desk. Answers also download as FHIR QuestionnaireResponse.
struct StaffCheckInController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffSchedulingVisits) { req in try await visits(req) }
        routes.on(Routes.staffCheckIn) { req, authorized in try await detail(req, authorized) }
        routes.on(Routes.staffCheckInResponse) { req, authorized in try await response(req, authorized) }
        routes.on(Routes.staffCheckInInsuranceCard) { req, authorized in try await insuranceCard(req, authorized) }
    }

    func visits(_ req: Request) async throws -> Response {
        guard let id = req.id(of: Department.self),
            let department = try await SchedulerQueueController.schedulerDepartments(req).first(where: { $0.id == id })
        else { throw PortalError.notFound }
        let language = req.language
        let zone = req.hospitalTimeZone
        let words = Strings.checkIn
        let upcoming = try await PatientRecord.departmentVisits(
            id, from: req.now, until: req.now.addingTimeInterval(CheckInRules.opensBefore), on: req.db)
        let checkIns = try await CheckIn.query(on: req.db).filter(\.$appointmentID ~~ upcoming.map(\.id)).all()
        let byVisit = Dictionary(checkIns.map { ($0.appointmentID, $0) }) { first, _ in first }
        let patients = try await Patient.query(on: req.db).filter(\.$id ~~ Array(Set(upcoming.map(\.patientID)))).all()
        let names = Dictionary(patients.compactMap { patient in patient.id.map { ($0, patient.shownName) } }) { first, _ in first
        }
        let rows = upcoming.map { visit in
            let checkIn = byVisit[visit.id]
            let progress: String =
                if let done = checkIn?.completedAt {
                    words.staffDone(DateText.dateTime(done, in: zone, language: language))(language)
                } else if let checkIn {
                    words.partlySaved(DateText.dateTime(checkIn.updatedAt, in: zone, language: language))(language)
                } else {
                    words.notStarted(language)
                }
            return StaffCheckInPages.VisitRow(
                patientName: names[visit.patientID] ?? "", when: DateText.dateTime(visit.start, in: zone, language: language),
                progress: progress, isDone: checkIn?.completedAt != nil,
                link: checkIn == nil ? nil : Routes.staffCheckIn(Ref(visit.patientID), Ref(visit.id)))
        }
        // The list names patients: each one listed is audited.
        try await req.audit(
            Set(upcoming.map(\.patientID)).sorted { $0.uuidString < $1.uuidString }.map {
                req.auditEntry(.checkInView, .success, patientID: $0)
            })
        return StaffCheckInPages.visits(department: department.name(language), rows: rows, context: try await req.pageContext())
            .response()
    }

    /// The visit, as this staff member may see it: a scheduler's only in their departments.
    private func visit(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Appointment {
        guard let id = req.id(of: Appointment.self) else { throw PortalError.notFound }
        let staff = try req.signedInStaff()
        let appointment: Appointment?
        if staff.role == .scheduler {
            let departments = try await SchedulerQueueController.schedulerDepartments(req).compactMap(\.id)
            appointment = try await req.record(of: authorized).appointmentForScheduling(id, departments: departments)
        } else {
            appointment = try await req.record(of: authorized).appointment(id)
        }
        guard let appointment, appointment.isActive else { throw PortalError.notFound }
        return appointment
    }

    private func readsConfidential(_ req: Request) throws -> Bool { try req.signedInStaff().role != .scheduler }

    /// A card's link names whose insurance it is: the family's, or with `?account=patient`
    /// the one the patient gave from their own account. Anything else reads as the family's.
    static func cardLink(_ path: String, _ account: CheckIns.Account) -> String {
        account == .patient ? path.query(["account": "patient"]) : path
    }

    /// Who opens a card's photos: the route table's callers of the photo route.
    static func opensCards(_ role: StaffRole) -> Bool {
        Routes.staffCheckInInsuranceCard.admits(role)
    }

    func detail(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointment = try await visit(req, authorized)
        guard let (checkIn, steps) = try await CheckIns(db: req.db, now: req.now).find(appointmentID: appointment.id) else {
            throw PortalError.notFound
        }
        let language = req.language
        let zone = req.hospitalTimeZone
        let words = Strings.checkIn
        let contact = try steps[CheckIns.contactStep].map {
            try JSONDecoder().decode(CheckInContact.self, from: Data($0.content.utf8))
        }
        var sections: [StaffCheckInPages.Section] = []
        let readsConfidential = try readsConfidential(req)
        // Answers take the visit's label too: a viewer who may not see a confidential visit's
        // items reads none of its answers.
        let readsVisit = authorized.access.canSee(appointment.sensitivity)
        func saved(_ key: String) -> String? {
            steps[key].map { words.savedOn(DateText.dateTime($0.savedAt, in: zone, language: language))(language) }
        }
        let opensCards = Self.opensCards(try req.signedInStaff().role)
        // The family's step always, the patient's own when they gave it (named as theirs).
        func given(_ step: String) -> [(account: CheckIns.Account, key: String, owner: String?)] {
            CheckIns.Account.allCases.compactMap { account in
                let key = account.step(step)
                let owner = account == .patient ? authorized.patient.shownName : nil
                return steps[key] != nil || owner == nil ? (account, key, owner) : nil
            }
        }
        for (account, key, owner) in given(CheckIns.insuranceStep) {
            sections.append(
                try Self.insuranceSection(
                    steps[key], status: saved(key), byPatient: owner, readsVisit: readsVisit,
                    links: opensCards
                        ? { Self.cardLink(Routes.staffCheckInInsuranceCard(authorized.ref, appointment.ref, $0), account) }
                        : nil, language))
        }
        // Read again as this reader may see the record now: an item marked since is not shown.
        let record = req.record(of: authorized)
        let visibleItems: Set<UUID> =
            readsConfidential && readsVisit
            ? Set(try await record.allergies().map(\.id)).union(try await record.medications().map(\.id)) : []
        for (_, key, owner) in given(CheckIns.reviewStep) {
            sections.append(
                try Self.reviewSection(
                    steps[key], status: saved(key), byPatient: owner, readsVisit: readsVisit,
                    readsRecord: readsConfidential, visibleItems: visibleItems, language))
        }
        for row in try await Questionnaires.asked(by: appointment.departmentID, on: req.db) {
            guard let questionnaire = Questionnaires.read(row) else { continue }
            let step = steps[CheckIns.questionnaireStep(try row.requireID())]
            let answers = try step.map { try JSONDecoder().decode(IntakeAnswers.self, from: Data($0.content.utf8)) }
            let status = step.map { words.savedOn(DateText.dateTime($0.savedAt, in: zone, language: language))(language) }
            guard let answers, let status else {
                // A screen nobody was asked (a younger child's visit) is not listed.
                if !questionnaire.isConfidential {
                    sections.append(.init(title: questionnaire.title(language), status: words.notStarted(language)))
                }
                continue
            }
            let withheld = (questionnaire.isConfidential && !readsConfidential) || !readsVisit
            sections.append(
                .init(
                    title: questionnaire.title(language), status: status,
                    answers: withheld ? nil : Self.lines(answers, questionnaire, language),
                    withheld: !readsVisit
                        ? words.staffVisitWithheld(language) : withheld ? words.staffWithheld(language) : nil,
                    responseLink: withheld
                        ? nil : Routes.staffCheckInResponse(authorized.ref, appointment.ref, Ref(try row.requireID()))))
        }
        let model = StaffCheckInPages.DetailModel(
            patientName: authorized.patient.shownName,
            visit: DateText.dateTime(appointment.start, in: zone, language: language),
            backLink: try req.signedInStaff().role == .scheduler
                ? Routes.staffSchedulingVisits(Ref(appointment.departmentID))
                : Routes.patientAppointment(authorized.ref, appointment.ref),
            progress: checkIn.completedAt.map { words.staffDone(DateText.dateTime($0, in: zone, language: language))(language) }
                ?? words.partlySaved(DateText.dateTime(checkIn.updatedAt, in: zone, language: language))(language),
            contact: contact.map { contact in
                [
                    (words.street(language), contact.street), (words.city(language), contact.city),
                    (words.state(language), contact.state), (words.zip(language), contact.zip),
                    (words.homePhone(language), contact.homePhone), (words.mobilePhone(language), contact.mobilePhone),
                    (words.email(language), contact.email),
                ].filter { !$0.1.isEmpty }
            },
            sections: sections)
        return StaffCheckInPages.detail(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    /// The insurance as given, with links to the card's photos; withheld with the visit's answers.
    static func insuranceSection(
        _ step: CheckInStep?, status: String?, byPatient: String?, readsVisit: Bool,
        links: ((CheckInInsurance.Side) -> String)?, _ language: Language
    ) throws -> StaffCheckInPages.Section {
        let words = Strings.checkIn
        let title =
            byPatient.map { words.fromOwnAccount(words.insuranceStep(language), $0)(language) } ?? words.insuranceStep(language)
        guard let step, let status else { return .init(title: title, status: words.notStarted(language)) }
        guard readsVisit else { return .init(title: title, status: status, withheld: words.staffVisitWithheld(language)) }
        let insurance = try JSONDecoder().decode(CheckInInsurance.self, from: Data(step.content.utf8))
        guard insurance.coverage == .insured else {
            return .init(
                title: title, status: status, answers: [(words.insuranceStep(language), words.staffUninsured(language))])
        }
        let facts = [
            (words.payer(language), insurance.payer), (words.memberID(language), insurance.memberID),
            (words.groupNumber(language), insurance.groupNumber),
        ].filter { !$0.1.isEmpty }
        return .init(
            title: title, status: status, answers: facts.map { (question: $0.0, answer: $0.1) },
            files: links.map { links in
                CheckInInsurance.Side.allCases.filter { insurance.photo($0) != nil }.map {
                    (label: words.cardPhoto($0)(language), link: links($0))
                }
            } ?? [])
    }

    /// The family's review of allergies and medicines: the clinical record, so the care team's
    /// (clinicians and HIM) alone, never the front desk's, which reads when it was saved. An
    /// entry is shown only while its item is one the reader may see now (`visibleItems`).
    /// `byPatient` names the patient when the review is the one they saved from their own account.
    static func reviewSection(
        _ step: CheckInStep?, status: String?, byPatient: String?, readsVisit: Bool, readsRecord: Bool,
        visibleItems: Set<UUID>, _ language: Language
    ) throws -> StaffCheckInPages.Section {
        let words = Strings.checkIn
        let title = byPatient.map { words.fromOwnAccount(words.reviewStep(language), $0)(language) } ?? words.reviewStep(language)
        guard let step, let status else { return .init(title: title, status: words.notStarted(language)) }
        guard readsVisit else { return .init(title: title, status: status, withheld: words.staffVisitWithheld(language)) }
        guard readsRecord else { return .init(title: title, status: status, withheld: words.staffRecordWithheld(language)) }
        let review = try JSONDecoder().decode(CheckInRecordReview.self, from: Data(step.content.utf8))
        var lines: [(question: String, answer: String)] = review.entries.filter { visibleItems.contains($0.itemID) }.map {
            entry in
            let answer =
                entry.answer == .needsChange
                ? words.staffNeedsChange(language) : entry.answer.map { words.reviewAnswer(entry.kind, $0)(language) } ?? ""
            return (
                entry.detail.isEmpty ? entry.name : "\(entry.name) (\(entry.detail))",
                entry.note.isEmpty ? answer : "\(answer): \(entry.note)"
            )
        }
        if !review.missing.isEmpty { lines.append((words.missingHeading(language), review.missing)) }
        if review.entries.isEmpty && lines.isEmpty {
            lines.append((words.reviewStep(language), words.staffNothingOnFile(language)))
        }
        return .init(title: title, status: status, answers: lines)
    }

    /// One side of the insurance card, as sealed: like an identity document, for the front desk
    /// and HIM who read the visit's answers, not for clinicians.
    func insuranceCard(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointment = try await visit(req, authorized)
        // Before anything is looked up: a 404 or a 403 would otherwise tell whether there is a card.
        guard authorized.access.canSee(appointment.sensitivity) else { throw PortalError.forbidden }
        let account: CheckIns.Account = req.query[String.self, at: "account"] == "patient" ? .patient : .family
        guard let side = req.token(CheckInInsurance.Side.self),
            let (_, steps) = try await CheckIns(db: req.db, now: req.now).find(appointmentID: appointment.id),
            let step = steps[account.step(CheckIns.insuranceStep)]
        else { throw PortalError.notFound }
        let insurance = try JSONDecoder().decode(CheckInInsurance.self, from: Data(step.content.utf8))
        guard let id = insurance.photo(side), let stored = try await StoredDocument.find(id, on: req.db),
            stored.purpose == StoredDocument.Purpose.insuranceCard.rawValue
        else { throw PortalError.notFound }
        return .download(try req.portal.documents.open(stored), of: stored, named: "insurance-card-\(side.rawValue)")
    }

    /// Each asked question with its answers, in the questionnaire's order, in the reader's language.
    static func lines(
        _ answers: IntakeAnswers, _ questionnaire: IntakeQuestionnaire, _ language: Language
    ) -> [(question: String, answer: String)] {
        let asked = answers.pruned(for: questionnaire)
        return questionnaire.allItems.compactMap { item -> (question: String, answer: String)? in
            let given = asked[item.linkID]
            guard !given.isEmpty else { return nil }
            let text = given.map { answer -> String in
                switch answer {
                case .string(let text): text
                case .boolean(let flag): (flag ? Strings.checkIn.yes : Strings.checkIn.no)(language)
                case .date(let date): DateText.long(date, language: language)
                case .integer(let number): String(number)
                case .coding(_, let code): item.options.first { $0.code == code }?.display(language) ?? code
                }
            }
            return (item.text(language), text.joined(separator: ", "))
        }
    }

    func response(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointment = try await visit(req, authorized)
        guard let id = req.id(of: StoredQuestionnaire.self),
            let row = try await Questionnaires.asked(by: appointment.departmentID, on: req.db).first(where: { $0.id == id }),
            let questionnaire = Questionnaires.read(row),
            let (checkIn, steps) = try await CheckIns(db: req.db, now: req.now).find(appointmentID: appointment.id),
            let step = steps[CheckIns.questionnaireStep(id)]
        else { throw PortalError.notFound }
        let readsConfidential = try readsConfidential(req)
        guard (!questionnaire.isConfidential || readsConfidential) && authorized.access.canSee(appointment.sensitivity)
        else { throw PortalError.forbidden }
        let answers = try JSONDecoder().decode(IntakeAnswers.self, from: Data(step.content.utf8))
        let resource = answers.response(
            to: questionnaire, id: try step.requireID().uuidString.lowercased(),
            patientReference: "Patient/\(authorized.id.uuidString.lowercased())", authored: step.savedAt,
            completed: checkIn.completedAt != nil && answers.missingRequired(in: questionnaire).isEmpty)
        let response = Response(status: .ok, body: .init(data: resource.encoded()))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "fhir+json")
        return response
    }
}
