import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Vapor

/// Online check-in before a visit, for those who may see the visit (so a teenager's private
/// visit is checked in by the teenager), from 7 days before it until it starts. Each step is
/// saved on its own. A confidential questionnaire is asked of the patient alone, from 12,
/// and is never listed to a parent; a step the patient saved is theirs.
struct CheckInController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientCheckIn) { req, authorized in try await hub(req, try await Visit(req, authorized)) }
        routes.on(Routes.patientCheckInContact) { req, authorized in
            let visit = try await Visit(req, authorized)
            let saved = try visit.steps[CheckIns.contactStep].map {
                try JSONDecoder().decode(CheckInContact.self, from: Data($0.content.utf8))
            }
            return try await contactPage(req, visit, contact: saved ?? CheckInContact())
        }
        routes.on(Routes.saveCheckInContact) { req, authorized in try await saveContact(req, try await Visit(req, authorized)) }
        routes.on(Routes.patientCheckInInsurance) { req, authorized in
            let visit = try await Visit(req, authorized)
            return try await insurancePage(req, visit, insurance: try savedInsurance(visit) ?? CheckInInsurance())
        }
        routes.on(Routes.saveCheckInInsurance) { req, authorized in
            try await saveInsurance(req, try await Visit(req, authorized))
        }
        routes.on(Routes.patientCheckInReview) { req, authorized in
            let visit = try await Visit(req, authorized)
            return try await reviewPage(req, visit, review: try await reviewListing(req, visit))
        }
        routes.on(Routes.saveCheckInReview) { req, authorized in try await saveReview(req, try await Visit(req, authorized)) }
        routes.on(Routes.patientCheckInQuestionnaire) { req, authorized in
            let visit = try await Visit(req, authorized)
            let (row, questionnaire) = try visit.questionnaire(req)
            let part = min(max(req.query[Int.self, at: "part"] ?? 0, 0), Self.parts(of: questionnaire).count - 1)
            return try await questionnairePage(req, visit, row, questionnaire, part: part, answers: visit.answers(to: row))
        }
        routes.on(Routes.saveCheckInQuestionnaire) { req, authorized in
            try await saveQuestionnaire(req, try await Visit(req, authorized))
        }
        routes.on(Routes.finishCheckIn) { req, authorized in try await finish(req, try await Visit(req, authorized)) }
    }

    /// The visit being checked in, as this viewer may see it, with what was saved so far.
    struct Visit {
        let authorized: AuthorizedPatient
        let appointment: Appointment
        let memberID: UUID
        let byPatient: Bool
        /// The questionnaires this viewer is asked: the department's, less a confidential one
        /// for anyone but the patient from 12.
        let questionnaires: [(row: StoredQuestionnaire, questionnaire: IntakeQuestionnaire)]
        let checkIn: CheckIn?
        let steps: [String: CheckInStep]
        let patientAge: Int

        init(_ req: Request, _ authorized: AuthorizedPatient) async throws {
            let member = try req.signedInMember()
            let appointment = try await AppointmentsController().visibleAppointment(req, authorized)
            guard CheckInRules.isOpen(start: appointment.start, isBooked: appointment.isActive, at: req.now) else {
                throw PortalError.notFound
            }
            self.authorized = authorized
            self.appointment = appointment
            memberID = try member.requireID()
            byPatient = authorized.level == .patientSelf
            let age = LocalDate(iso: authorized.patient.birthDate).map { Age.years(bornOn: $0, on: req.today) } ?? 0
            patientAge = age
            let asksConfidential = CheckInRules.asksConfidential(patientAge: age, viewerIsPatient: byPatient)
            questionnaires = try await Questionnaires.asked(by: appointment.departmentID, on: req.db).compactMap { row in
                guard let questionnaire = Questionnaires.read(row), !questionnaire.isConfidential || asksConfidential
                else { return nil }
                return (row, questionnaire)
            }
            let found = try await CheckIns(db: req.db, now: req.now).find(appointmentID: appointment.id)
            checkIn = found?.checkIn
            steps = found?.steps ?? [:]
        }

        var ref: (Ref<Patient>, Ref<Appointment>) { (authorized.ref, appointment.ref) }

        func questionnaire(_ req: Request) throws -> (StoredQuestionnaire, IntakeQuestionnaire) {
            guard let id = req.id(of: StoredQuestionnaire.self), let found = questionnaires.first(where: { $0.row.id == id })
            else { throw PortalError.notFound }
            return found
        }

        func answers(to row: StoredQuestionnaire) throws -> IntakeAnswers {
            guard let step = steps[CheckIns.questionnaireStep(try row.requireID())] else { return IntakeAnswers() }
            return try JSONDecoder().decode(IntakeAnswers.self, from: Data(step.content.utf8))
        }

        /// Saved, and for a questionnaire with every question it asks answered.
        func isComplete(_ key: String) -> Bool {
            guard let step = steps[key] else { return false }
            guard let (_, questionnaire) = questionnaires.first(where: { CheckIns.questionnaireStep($0.row.id!) == key }),
                !isPatientsOwn(key)
            else { return true }
            let answers = (try? JSONDecoder().decode(IntakeAnswers.self, from: Data(step.content.utf8))) ?? IntakeAnswers()
            return answers.missingRequired(in: questionnaire).isEmpty
        }

        /// Whose insurance and review of allergies and medicines this viewer gives: the
        /// patient's own, kept apart, or the family's.
        var account: CheckIns.Account { byPatient ? .patient : .family }
        var reviewKey: String { account.step(CheckIns.reviewStep) }
        var insuranceKey: String { account.step(CheckIns.insuranceStep) }

        /// A step the patient saved, seen from a parent's account: theirs, not to be shown or changed.
        func isPatientsOwn(_ step: String) -> Bool { !byPatient && steps[step]?.savedByPatient == true }
    }

    /// A questionnaire in parts: each top-level group is a part; items outside groups that
    /// stand together make one.
    static func parts(of questionnaire: IntakeQuestionnaire) -> [[IntakeQuestionnaire.Item]] {
        var parts: [[IntakeQuestionnaire.Item]] = []
        var loose: [IntakeQuestionnaire.Item] = []
        for item in questionnaire.items {
            if item.type == .group {
                if !loose.isEmpty { parts.append(loose) }
                loose = []
                parts.append(item.items)
            } else {
                loose.append(item)
            }
        }
        if !loose.isEmpty { parts.append(loose) }
        return parts
    }

    // MARK: The steps

    func hub(
        _ req: Request, _ visit: Visit, problem: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let zone = req.hospitalTimeZone
        let words = Strings.checkIn
        let patientName = visit.authorized.patient.shownName
        func progress(_ key: String) -> (String, Bool) {
            guard let step = visit.steps[key] else { return (words.notStarted(language), false) }
            if visit.isPatientsOwn(key) { return (words.savedByPatient(patientName)(language), true) }
            let moment = DateText.dateTime(step.savedAt, in: zone, language: language)
            if !visit.isComplete(key) { return (words.partlySaved(moment)(language), false) }
            return (words.savedOn(moment)(language), true)
        }
        let (patientRef, appointmentRef) = visit.ref
        var steps: [CheckInPages.Step] = []
        let fixedSteps = [
            (CheckIns.contactStep, words.contactStep(language), Routes.patientCheckInContact(patientRef, appointmentRef)),
            (visit.insuranceKey, words.insuranceStep(language), Routes.patientCheckInInsurance(patientRef, appointmentRef)),
            (visit.reviewKey, words.reviewStep(language), Routes.patientCheckInReview(patientRef, appointmentRef)),
        ]
        for (key, name, link) in fixedSteps {
            let state = progress(key)
            steps.append(
                .init(name: name, status: state.0, link: visit.isPatientsOwn(key) ? nil : link, isSaved: state.1))
        }
        for (row, questionnaire) in visit.questionnaires {
            let key = CheckIns.questionnaireStep(try row.requireID())
            let state = progress(key)
            steps.append(
                .init(
                    name: questionnaire.title(language), status: state.0,
                    link: visit.isPatientsOwn(key)
                        ? nil : Routes.patientCheckInQuestionnaire(patientRef, appointmentRef, Ref(try row.requireID())),
                    isSaved: state.1))
        }
        let model = CheckInPages.HubModel(
            visit: DateText.dateTime(visit.appointment.start, in: zone, language: language),
            startsAt: DateText.dateTime(visit.appointment.start, in: zone, language: language),
            appointmentLink: Routes.patientAppointment(patientRef, appointmentRef), steps: steps,
            finishAction: Routes.finishCheckIn(patientRef, appointmentRef),
            done: visit.checkIn?.completedAt.map { words.doneOn(DateText.dateTime($0, in: zone, language: language))(language) },
            problem: problem)
        return CheckInPages.hub(model, context: try await req.pageContext(patientInView: visit.authorized))
            .response(status: status)
    }

    private func contactPage(
        _ req: Request, _ visit: Visit, contact: CheckInContact,
        problems: [CheckInContact.Field: CheckInContact.Problem] = [:], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let (patientRef, appointmentRef) = visit.ref
        let model = CheckInPages.ContactModel(
            visit: DateText.dateTime(visit.appointment.start, in: req.hospitalTimeZone, language: req.language),
            hubLink: Routes.patientCheckIn(patientRef, appointmentRef),
            action: Routes.saveCheckInContact(patientRef, appointmentRef),
            contact: visit.isPatientsOwn(CheckIns.contactStep) ? CheckInContact() : contact, problems: problems,
            locked: visit.isPatientsOwn(CheckIns.contactStep)
                ? Strings.checkIn.stepLocked(visit.authorized.patient.shownName)(req.language) : nil)
        return CheckInPages.contact(model, context: try await req.pageContext(patientInView: visit.authorized))
            .response(status: status)
    }

    struct ContactForm: Content {
        var street: String?
        var city: String?
        var state: String?
        var zip: String?
        var homePhone: String?
        var mobilePhone: String?
        var email: String?

        enum CodingKeys: String, CodingKey {
            case street, city, state, zip, email
            case homePhone = "home_phone"
            case mobilePhone = "mobile_phone"
        }
    }

    func saveContact(_ req: Request, _ visit: Visit) async throws -> Response {
        // The patient's own step is refused before anything is read: no answer of theirs shapes the reply.
        guard !visit.isPatientsOwn(CheckIns.contactStep) else { throw PortalError.forbidden }
        guard let form = try? req.content.decode(ContactForm.self) else { throw PortalError.badRequest }
        var typed = CheckInContact()
        typed.street = form.street ?? ""
        typed.city = form.city ?? ""
        typed.state = form.state ?? ""
        typed.zip = form.zip ?? ""
        typed.homePhone = form.homePhone ?? ""
        typed.mobilePhone = form.mobilePhone ?? ""
        typed.email = form.email ?? ""
        let (contact, problems) = typed.checked(isEmailSafe: MailMessage.isSafeAddress)
        guard problems.isEmpty else {
            return try await contactPage(req, visit, contact: typed, problems: problems, status: .unprocessableEntity)
        }
        let content = String(decoding: try JSONEncoder().encode(contact), as: UTF8.self)
        try await save(req, visit, step: CheckIns.contactStep, content: content)
        return req.redirect(to: Routes.patientCheckIn(visit.ref.0, visit.ref.1), redirectType: .normal)
    }

    private func questionnairePage(
        _ req: Request, _ visit: Visit, _ row: StoredQuestionnaire, _ questionnaire: IntakeQuestionnaire, part: Int,
        answers: IntakeAnswers, typed: [String: [String]] = [:], problems: [String: IntakeAnswers.Problem] = [:],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let parts = Self.parts(of: questionnaire)
        let items = parts[part]
        func linkIDs(_ items: [IntakeQuestionnaire.Item]) -> Set<String> {
            Set(items.flatMap { [$0.linkID] + linkIDs($0.items) })
        }
        let here = linkIDs(items)
        // Questions that earlier parts' answers turn off are not shown; those that depend on
        // this part's answers are shown with the condition in words (no script decides it).
        func visible(_ items: [IntakeQuestionnaire.Item]) -> [IntakeQuestionnaire.Item] {
            items.compactMap { item in
                let dependsHere = item.enableWhen.contains { here.contains($0.question) }
                guard dependsHere || answers.isEnabled(item.linkID, in: questionnaire) else { return nil }
                var shown = item
                shown.items = visible(item.items)
                return shown
            }
        }
        var conditions: [String: (question: LocalizedText, answer: LocalizedText)] = [:]
        for item in questionnaire.allItems where here.contains(item.linkID) {
            guard let condition = item.enableWhen.first, here.contains(condition.question),
                let question = questionnaire.item(condition.question)
            else { continue }
            conditions[item.linkID] = (question.text, Self.words(for: condition.answer, of: question))
        }
        let key = CheckIns.questionnaireStep(try row.requireID())
        let (patientRef, appointmentRef) = visit.ref
        let model = CheckInPages.QuestionnaireModel(
            visit: DateText.dateTime(visit.appointment.start, in: req.hospitalTimeZone, language: req.language),
            hubLink: Routes.patientCheckIn(patientRef, appointmentRef),
            action: Routes.saveCheckInQuestionnaire(patientRef, appointmentRef, Ref(try row.requireID())),
            title: questionnaire.title, isPrivate: questionnaire.isConfidential, part: part, parts: parts.count,
            items: visible(items), conditions: conditions, answers: visit.isPatientsOwn(key) ? IntakeAnswers() : answers,
            typed: typed, problems: problems,
            locked: visit.isPatientsOwn(key)
                ? Strings.checkIn.stepLocked(visit.authorized.patient.shownName)(req.language) : nil)
        return CheckInPages.questionnaire(model, context: try await req.pageContext(patientInView: visit.authorized))
            .response(status: status)
    }

    private static func words(for answer: IntakeAnswer, of question: IntakeQuestionnaire.Item) -> LocalizedText {
        switch answer {
        case .boolean(let flag): flag ? Strings.checkIn.yes : Strings.checkIn.no
        case .coding(_, let code): question.options.first { $0.code == code }?.display ?? LocalizedText(en: code, es: code)
        default:
            LocalizedText(en: CheckInPages.formValue(answer), es: CheckInPages.formValue(answer))
        }
    }

    func saveQuestionnaire(_ req: Request, _ visit: Visit) async throws -> Response {
        let (row, questionnaire) = try visit.questionnaire(req)
        guard !visit.isPatientsOwn(CheckIns.questionnaireStep(try row.requireID())) else { throw PortalError.forbidden }
        let parts = Self.parts(of: questionnaire)
        let form = try Self.fields(req)
        guard let partText = form["part"]?.first, let part = Int(partText), parts.indices.contains(part) else {
            throw PortalError.badRequest
        }
        let (answers, problems) = try visit.answers(to: row).reading(page: parts[part], form: form, of: questionnaire)
        guard problems.isEmpty else {
            return try await questionnairePage(
                req, visit, row, questionnaire, part: part, answers: answers, typed: form, problems: problems,
                status: .unprocessableEntity)
        }
        let (step, page) = (CheckIns.questionnaireStep(try row.requireID()), parts[part])
        let (appointmentID, patientID, memberID, byPatient) = (
            visit.appointment.id, visit.authorized.id, visit.memberID, visit.byPatient
        )
        try await save(req, visit) { store in
            // This page's answers go into what is saved now, not into what was read above.
            try await store.saveAnswers(
                step: step, merging: { $0.reading(page: page, form: form, of: questionnaire).answers },
                appointmentID: appointmentID, patientID: patientID, memberID: memberID, byPatient: byPatient,
                reopens: !questionnaire.isConfidential)
        }
        let (patientRef, appointmentRef) = visit.ref
        if part + 1 < parts.count {
            return req.redirect(
                to: Routes.patientCheckInQuestionnaire(patientRef, appointmentRef, Ref(try row.requireID()))
                    + "?part=\(part + 1)", redirectType: .normal)
        }
        return req.redirect(to: Routes.patientCheckIn(patientRef, appointmentRef), redirectType: .normal)
    }

    /// The form's fields, each with every value it was sent (a question with several answers).
    static func fields(_ req: Request) throws -> [String: [String]] {
        guard let body = req.body.string else { return [:] }
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first, !name.isEmpty else { continue }
            fields[name, default: []].append(parts.count > 1 ? parts[1] : "")
        }
        return fields
    }

    /// Saves one step with its audit event, in one transaction; a parent cannot overwrite
    /// what the patient answered.
    func save(_ req: Request, _ visit: Visit, step: String, content: String, reopens: Bool = true) async throws {
        let (appointmentID, patientID, memberID, byPatient) = (
            visit.appointment.id, visit.authorized.id, visit.memberID, visit.byPatient
        )
        try await save(req, visit) { store in
            try await store.save(
                step: step, content: content, appointmentID: appointmentID, patientID: patientID, memberID: memberID,
                byPatient: byPatient, reopens: reopens)
        }
    }

    /// Runs one of the store's saves with its audit event, in one transaction; refused (403,
    /// audited as denied) when the patient's own answer stands in the way.
    func save(_ req: Request, _ visit: Visit, by write: @escaping @Sendable (CheckIns) async throws -> Bool)
        async throws
    {
        let (appointmentID, patientID, now) = (visit.appointment.id, visit.authorized.id, req.now)
        let saved = try await req.auditedChange { change in
            let saved = try await write(CheckIns(db: change.db, now: now))
            try await change.audit(
                .checkInSaved, saved ? .success : .denied, patientID: patientID, subject: .appointment(appointmentID))
            return saved
        }
        guard saved else { throw PortalError.forbidden }
    }

    func finish(_ req: Request, _ visit: Visit) async throws -> Response {
        let keys =
            [CheckIns.contactStep, visit.insuranceKey, visit.reviewKey]
            + visit.questionnaires.compactMap { try? CheckIns.questionnaireStep($0.row.requireID()) }
        guard keys.allSatisfy(visit.isComplete) else {
            return try await hub(req, visit, problem: Strings.checkIn.saveEveryStep, status: .unprocessableEntity)
        }
        let (appointmentID, patientID, now) = (visit.appointment.id, visit.authorized.id, req.now)
        try await req.auditedChange { change in
            if try await CheckIns(db: change.db, now: now).finish(appointmentID: appointmentID) {
                try await change.audit(.checkInCompleted, .success, patientID: patientID, subject: .appointment(appointmentID))
            }
        }
        return req.redirect(to: Routes.patientCheckIn(visit.ref.0, visit.ref.1), redirectType: .normal)
    }
}
