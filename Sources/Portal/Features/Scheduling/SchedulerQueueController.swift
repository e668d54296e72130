import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// The schedulers' side: the departments a scheduler works, each department's open
/// requests oldest first with business days waited, and answering one: book it, offer other
/// times, decline it, or confirm or refuse a cancellation. Each answer is committed with the
/// family's notice e-mail, then the page says so.
struct SchedulerQueueController: RouteCollection {
    struct AnswerForm: Content {
        var action: String?
        var date: String?
        var time: String?
        var date1: String?
        var time1: String?
        var date2: String?
        var time2: String?
        var date3: String?
        var time3: String?
        var minutes: String?
        var clinician: String?
        var video: String?
        var instruction: String?
        var note: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffScheduling) { req in try await departments(req) }
        routes.on(Routes.staffSchedulingQueue) { req in try await queue(req) }
        routes.on(Routes.staffSchedulingRequest) { req, authorized in
            let request = try await workedRequest(req, authorized)
            let flash = req.query[String.self, at: "done"] == "1" ? Strings.schedulerQueue.done : nil
            return try await page(req, authorized, request, flash: flash)
        }
        routes.on(Routes.staffSchedulingAnswer) { req, authorized in
            try await answer(req, authorized)
        }
    }

    /// The departments the signed-in scheduler works.
    static func schedulerDepartments(_ req: Request) async throws -> [Department] {
        let staff = try req.signedInStaff()
        return try await DepartmentScheduler.query(on: req.db).filter(\.$staff.$id == staff.requireID()).with(\.$department)
            .all().map(\.department).sorted { $0.nameEnglish < $1.nameEnglish }
    }

    func departments(_ req: Request) async throws -> Response {
        let today = LocalDate(req.now, in: req.hospitalTimeZone)
        var summaries: [SchedulerDepartmentsPage.Summary] = []
        for department in try await Self.schedulerDepartments(req) {
            let open = try await openRequests(of: department, req)
            let late = open.filter { isLate($0, department, today: today, req) }.count
            summaries.append(
                .init(
                    name: department.name(req.language), link: Routes.staffSchedulingQueue(department.ref), waiting: open.count,
                    late: late, visitsLink: Routes.staffSchedulingVisits(department.ref)))
        }
        return SchedulerDepartmentsPage.render(summaries, context: try await req.pageContext()).response()
    }

    private func openRequests(of department: Department, _ req: Request) async throws -> [SchedulingRequest] {
        try await SchedulingRequest.query(on: req.db).filter(\.$department.$id == department.requireID())
            .filter(\.$status == .open).sort(\.$createdAt).sort(\.$id).with(\.$patient).range(..<500).all()
    }

    private func isLate(_ request: SchedulingRequest, _ department: Department, today: LocalDate, _ req: Request) -> Bool {
        department.promise.isLate(
            waitingSince: LocalDate(request.createdAt, in: req.hospitalTimeZone), today: today,
            calendar: req.portal.config.calendar)
    }

    func queue(_ req: Request) async throws -> Response {
        guard let id = req.id(of: Department.self) else {
            throw PortalError.notFound
        }
        guard let department = try await Self.schedulerDepartments(req).first(where: { $0.id == id }) else {
            throw PortalError.notFound
        }
        let zone = req.hospitalTimeZone
        let today = LocalDate(req.now, in: zone)
        let language = req.language
        let words = Strings.schedulerQueue
        let rows = try await openRequests(of: department, req).map { request in
            let waited = req.portal.config.calendar.businessDaysWaited(
                since: LocalDate(request.createdAt, in: zone), until: today)
            let details = [
                request.kind == .appointment ? Strings.scheduling.mode(request.visitMode)(language) : nil,
                request.interpreterLanguage.map { words.interpreterNeeded($0)(language) },
            ]
            return SchedulerQueuePage.Row(
                patientName: request.patient.shownName,
                link: Routes.staffSchedulingRequest(Ref(request.$patient.id), request.ref),
                kind: request.kind.title,
                details: details.compactMap { $0 }.joined(separator: " · "),
                received: DateText.dateTime(request.createdAt, in: zone, language: language),
                waited: words.businessDays(waited), isLate: isLate(request, department, today: today, req))
        }
        try await req.audit(.schedulingQueueView, .success)
        return SchedulerQueuePage.render(department: department.name(language), rows: rows, context: try await req.pageContext())
            .response()
    }

    // MARK: One request

    func workedRequest(_ req: Request, _ authorized: AuthorizedPatient) async throws -> SchedulingRequest {
        let departments = try await Self.schedulerDepartments(req).compactMap(\.id)
        guard let id = req.id(of: SchedulingRequest.self),
            let request = try await SchedulingRequests.requestForScheduling(
                id, of: authorized, departments: departments, on: req.db)
        else { throw PortalError.notFound }
        return request
    }

    func page(
        _ req: Request, _ authorized: AuthorizedPatient, _ request: SchedulingRequest, flash: LocalizedText? = nil,
        problem: LocalizedText? = nil, sentForm: String? = nil, values: [String: String] = [:],
        errors: [String: LocalizedText] = [:], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let zone = req.hospitalTimeZone
        let words = Strings.scheduling
        let queueWords = Strings.schedulerQueue
        var facts: [(label: LocalizedText, value: String)] = [
            (queueWords.requestedBy, request.member.fullName),
            (queueWords.received, DateText.dateTime(request.createdAt, in: zone, language: language)),
        ]
        switch request.kind {
        case .appointment:
            let days = request.preferredDays.map { DateText.weekdayAndDate($0, language: language) }
            let times = request.timesOfDay.map { words.timeOfDay($0)(language) }
            facts += [
                (words.reason, request.reason),
                (words.preferredDays, days.isEmpty ? words.anyDay(language) : days.joined(separator: "; ")),
                (words.timesOfDay, times.isEmpty ? words.anyTime(language) : times.joined(separator: "; ")),
                (words.visitMode, words.mode(request.visitMode)(language)),
            ]
        case .cancellation, .interpreter:
            if let appointmentID = request.appointmentID,
                let appointment = try await req.record(of: authorized).appointmentForScheduling(
                    appointmentID, departments: [request.$department.id])
            {
                facts.append(
                    (
                        request.kind == .cancellation ? queueWords.appointmentToCancel : queueWords.appointmentForInterpreter,
                        DateText.visit(start: appointment.start, end: appointment.end, in: zone, language: language)
                    ))
            }
            if request.kind == .cancellation { facts.append((queueWords.cancelReason, request.reason)) }
        }
        if let phone = request.callbackPhone { facts.append((words.phone, phone)) }
        if let interpreter = request.interpreterLanguage { facts.append((words.interpreter, interpreter)) }
        if let note = request.answerNote { facts.append((words.noteFromTeam, note)) }
        if let audience = SharingChoice.audienceFact(request.sensitivity, forStaff: true, language: language) {
            facts.append(audience)
        }
        let patient = authorized.patient
        let model = SchedulerRequestPage.Model(
            patientName: patient.shownName,
            dateOfBirth: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: language) } ?? "",
            department: request.department.name(language),
            backLink: Routes.staffSchedulingQueue(Ref(request.$department.id)), kind: request.kind, facts: facts,
            isOpen: request.status == .open,
            status: request.status == .booked && request.kind != .appointment
                ? (request.kind == .cancellation ? queueWords.cancelConfirmedNote : queueWords.interpreterArranged)
                : words.status(request.status),
            action: Routes.staffSchedulingAnswer(authorized.ref, request.ref),
            offersVideo: request.department.videoURLTemplate != nil, prefersVideo: request.visitMode == .video,
            zoneName: DateText.zoneName(zone, language: language), sentForm: sentForm, values: values, errors: errors,
            flash: flash, problem: problem)
        return SchedulerRequestPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: status)
    }

    func answer(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let staff = try req.signedInStaff()
        let request = try await workedRequest(req, authorized)
        guard let form = try? req.content.decode(AnswerForm.self) else { throw PortalError.badRequest }
        let action = form.action ?? ""
        let nextStatus: SchedulingRequest.Status
        switch SchedulerAnswer(rawValue: action).map({ SchedulingFlow.answer($0, to: request.kind, from: request.status) }) {
        case .success(let next): nextStatus = next
        case .failure(.alreadyAnswered):
            return try await page(req, authorized, request, problem: Strings.schedulerQueue.alreadyAnswered, status: .conflict)
        case .failure(.notForThisKind), nil:
            return try await page(
                req, authorized, request, problem: Strings.schedulerQueue.unknownAction, status: .unprocessableEntity)
        }
        let values = Self.values(form)
        let outcome: Answer.Outcome
        switch SchedulerAnswer(rawValue: action)! {
        case .book: outcome = Answer.book(form, request, req)
        case .offer: outcome = Answer.offer(form, request, req)
        case .decline, .keep: outcome = Answer.decline(form)
        case .confirmCancellation: outcome = .confirmCancellation
        case .confirmInterpreter: outcome = .confirmInterpreter
        }
        if case .problems(let errors) = outcome {
            return try await page(
                req, authorized, request, sentForm: action, values: values, errors: errors, status: .unprocessableEntity)
        }
        let staffID = try staff.requireID()
        let config = req.portal.config
        let answered = try await req.auditedChange { change -> Bool in
            let db = change.db
            guard try await SchedulingRequests.claim(request.requireID(), from: [.open], to: nextStatus, on: db) else {
                return false
            }
            request.status = nextStatus
            request.answeredAt = req.now
            request.$answeredBy.id = staffID
            switch outcome {
            case .booked(let details):
                _ = try await Bookings.book(details, for: request, by: staffID, in: req.record(of: authorized).using(db), on: db)
            case .alternatives(let slots, let details, let note):
                request.offeredSlotsValue = slots.map { String(format: "%.0f", $0.timeIntervalSince1970) }
                    .joined(separator: ",")
                request.offeredMinutes = details.minutes
                request.offeredClinician = details.clinician
                request.offeredVideo = details.isVideo
                request.offeredInstruction = details.instruction
                request.answerNote = note
                try await request.update(on: db)
            case .declined(let note):
                request.answerNote = note
                try await request.update(on: db)
                try await req.record(of: authorized).using(db).releaseHolds(
                    forRequest: request.requireID(), label: request.sensitivity)
            case .confirmCancellation:
                if let appointmentID = request.appointmentID {
                    _ = try await req.record(of: authorized).using(db).cancelForScheduling(
                        appointmentID, departments: [request.$department.id])
                }
                try await request.update(on: db)
            case .confirmInterpreter:
                try await request.update(on: db)
            case .problems:
                break
            }
            try await RequestNotices.queue(
                .scheduling, requestID: request.requireID(), patientID: request.$patient.id, memberID: request.$member.id,
                sensitivity: request.sensitivity, db: db, config: config, now: req.now)
            try await change.audit(
                .schedulingAnswered, .success, patientID: authorized.id, subject: .schedulingRequest(request.requireID()))
            return true
        }
        guard answered else {
            return try await page(req, authorized, request, problem: Strings.schedulerQueue.alreadyAnswered, status: .conflict)
        }
        return req.redirect(
            to: Routes.staffSchedulingRequest(authorized.ref, request.ref) + "?done=1", redirectType: .normal)
    }

    static func values(_ form: AnswerForm) -> [String: String] {
        let pairs: [(String, String?)] = [
            ("date", form.date), ("time", form.time), ("date1", form.date1), ("time1", form.time1), ("date2", form.date2),
            ("time2", form.time2), ("date3", form.date3), ("time3", form.time3), ("minutes", form.minutes),
            ("clinician", form.clinician), ("video", form.video), ("instruction", form.instruction), ("note", form.note),
        ]
        return Dictionary(pairs.compactMap { key, value in value.map { (key, $0) } }) { first, _ in first }
    }
}
