import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A family's requests for appointments: the form, sending it, its page, and choosing one
/// of the times a scheduler offered. Every route goes through the access policy's door.
struct SchedulingController: RouteCollection {
    struct RequestForm: Content {
        var department: String?
        var reason: String?
        var details: String?
        var days: [String]?
        var times: [String]?
        var mode: String?
        var phone: String?
        var interpreter: String?
        var key: String?
    }

    struct ChoiceForm: Content {
        var choice: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientNewSchedulingRequest) { req, authorized in
            var values = SchedulingRequestFormPage.Values()
            values.key = RandomToken.make()
            return try await formPage(req, authorized, values: values, problems: .init())
        }
        routes.on(Routes.patientSchedulingRequests) { req, authorized in
            try await create(req, authorized)
        }
        routes.on(Routes.patientSchedulingRequest) { req, authorized in
            let request = try await visibleRequest(req, authorized)
            let flash = req.query[String.self, at: "sent"] == "1" ? Strings.scheduling.sent : nil
            return try await page(req, authorized, request, flash: flash)
        }
        routes.on(Routes.patientSchedulingRequestChoice) { req, authorized in try await choose(req, authorized) }
        routes.on(Routes.patientSchedulingRequestWithdraw) { req, authorized in
            try await withdraw(req, authorized)
        }
    }

    /// Departments that take requests, see patients of this age, and whose visits this viewer
    /// may see: a parent of a teen is not offered the adolescent clinic, whose requests they
    /// could not read back, nor the parent of a 5-year-old.
    static func departments(
        for authorized: AuthorizedPatient, today: LocalDate, on db: any Database
    ) async throws -> [Department] {
        let age = LocalDate(iso: authorized.patient.birthDate).map { Age.years(bornOn: $0, on: today) }
        return try await Department.query(on: db).filter(\.$takesRequests == true).sort(\.$nameEnglish).all().filter {
            authorized.access.canSee($0.label) && age.map($0.ages.includes) ?? false
        }
    }

    func formPage(
        _ req: Request, _ authorized: AuthorizedPatient, values: SchedulingRequestFormPage.Values,
        problems: SchedulingRequestFormPage.Problems, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let today = LocalDate(req.now, in: req.hospitalTimeZone)
        let options = try await Self.departments(for: authorized, today: today, on: req.db).map { department in
            let due = department.promise.dueDate(sentOn: today, calendar: req.portal.config.calendar)
            return SchedulingRequestFormPage.DepartmentOption(
                id: department.id!.uuidString.lowercased(),
                label:
                    "\(department.name(language)) (\(Strings.scheduling.answersWithin(department.responseBusinessDays)(language)), \(DateText.weekdayAndDate(due, language: language)))",
                reasons: department.reasons(in: language))
        }
        let model = SchedulingRequestFormPage.Model(
            patientName: authorized.patient.shownName, action: Routes.patientSchedulingRequests(authorized.ref),
            backLink: Routes.patientAppointments(authorized.ref), departments: options,
            offersSharing: SharingChoice.isOffered(to: authorized, req), values: values, problems: problems)
        return SchedulingRequestFormPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: status)
    }

    func create(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let member = try req.signedInMember()
        guard let form = try? req.content.decode(RequestForm.self), let key = form.key, ThreadsController.isSubmissionKey(key)
        else { throw PortalError.badRequest }
        var values = SchedulingRequestFormPage.Values(
            department: form.department ?? "", reason: form.reason ?? "", details: form.details ?? "",
            days: form.days ?? [], times: Set(form.times ?? []), mode: form.mode ?? "", phone: form.phone ?? "",
            interpreter: form.interpreter ?? "", key: key, share: SharingChoice.isShared(req))
        var problems = SchedulingRequestFormPage.Problems()
        let words = Strings.scheduling

        let offered = try await Self.departments(
            for: authorized, today: LocalDate(req.now, in: req.hospitalTimeZone), on: req.db)
        let chosenID = UUID(uuidString: values.department)
        let department = offered.first { $0.id == chosenID }
        if department == nil {
            if let chosenID, try await Department.find(chosenID, on: req.db) != nil {
                problems.department = words.departmentTakesNoRequests
            } else {
                problems.department = words.chooseDepartment
            }
        }
        let details = FormText.cleaned(values.details)
        var reasonText = ""
        if values.reason == SchedulingRequestFormPage.somethingElse {
            if details.isEmpty { problems.details = words.detailsNeeded }
        } else if let department, values.reason.hasPrefix("\(department.id!.uuidString.lowercased())|") {
            let stored = String(values.reason.dropFirst(37))
            if department.reasons(in: .english).contains(where: { $0.stored == stored }) {
                reasonText = stored
            } else {
                problems.reason = words.chooseReason
            }
        } else if department != nil {
            problems.reason = words.chooseReason
        }
        if details.count > 1000 { problems.details = words.detailsTooLong }
        let today = LocalDate(req.now, in: req.hospitalTimeZone)
        var days: [LocalDate] = []
        switch PreferredDays.check(values.days, today: today) {
        case .success(let checked): days = checked
        case .failure(let problem): problems.days = words.dayProblem(problem)
        }
        let times = TimeOfDay.allCases.filter { values.times.contains($0.rawValue) }
        let mode = SchedulingRequest.VisitMode(rawValue: values.mode)
        if mode == nil { problems.mode = words.chooseMode }
        let phone = PhoneNumber(values.phone)
        if phone == nil { problems.phone = words.phoneInvalid }
        let interpreter = FormText.line(values.interpreter)
        if interpreter.count > 40 { problems.interpreter = words.interpreterTooLong }

        guard problems.isEmpty, let department, let mode, let phone else {
            if problems.department != nil { values.department = "" }
            return try await formPage(req, authorized, values: values, problems: problems, status: .unprocessableEntity)
        }
        let request = SchedulingRequest(
            patientID: authorized.id, departmentID: try department.requireID(), kind: .appointment,
            memberID: try member.requireID(),
            sensitivity: SharingChoice.audienceLabel(
                about: department.label,
                authorized, req
            ).storageValue,
            reason: [reasonText, details].filter { !$0.isEmpty }.joined(separator: "\n\n"), visitMode: mode,
            submissionKey: key, at: req.now)
        request.preferredDaysValue = days.map(\.iso).joined(separator: ",")
        request.timesOfDayValue = times.map(\.rawValue).joined(separator: ",")
        request.callbackPhone = phone.text
        request.interpreterLanguage = interpreter.isEmpty ? nil : interpreter
        let stored = try await SchedulingRequests.submit(request, for: req)
        guard stored.request.$patient.id == authorized.id else { throw PortalError.badRequest }
        return req.redirect(
            to: Routes.patientSchedulingRequest(authorized.ref, stored.request.ref) + "?sent=1",
            redirectType: .normal)
    }

    func visibleRequest(_ req: Request, _ authorized: AuthorizedPatient) async throws -> SchedulingRequest {
        guard let id = req.id(of: SchedulingRequest.self),
            let request = try await SchedulingRequests.request(id, of: authorized, on: req.db), request.kind == .appointment
        else { throw PortalError.notFound }
        return request
    }

    func page(
        _ req: Request, _ authorized: AuthorizedPatient, _ request: SchedulingRequest, flash: LocalizedText? = nil,
        choiceError: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try SchedulingRequestPageModel.make(request, req, authorized, flash: flash, choiceError: choiceError)
        return SchedulingRequestPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: status)
    }

    /// The family no longer needs it: it leaves the queue, whether waiting or offered times.
    func withdraw(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let request = try await visibleRequest(req, authorized)
        let id = try request.requireID()
        let move = SchedulingFlow.move(.withdraw)
        let withdrawn = try await req.auditedChange { change in
            guard try await SchedulingRequests.claim(id, from: move.from, to: move.to, settledAt: req.now, on: change.db)
            else { return false }
            try await req.record(of: authorized).using(change.db).releaseHolds(forRequest: id, label: request.sensitivity)
            try await change.audit(.schedulingAnswered, .success, patientID: authorized.id, subject: .schedulingRequest(id))
            return true
        }
        guard withdrawn else {
            let current = try await visibleRequest(req, authorized)
            return try await page(req, authorized, current, flash: Strings.scheduling.alreadyAnswered, status: .conflict)
        }
        return req.redirect(to: Routes.patientSchedulingRequest(authorized.ref, Ref(id)), redirectType: .normal)
    }

    /// The family takes one of the offered times, which books it at once, or asks for others.
    func choose(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let request = try await visibleRequest(req, authorized)
        let requestID = try request.requireID()
        let choice = (try? req.content.decode(ChoiceForm.self))?.choice ?? ""
        guard case .success = SchedulingFlow.family(.takeOfferedTime, from: request.status) else {
            // A second click after the first was taken: show where it stands.
            return try await page(req, authorized, request, flash: Strings.scheduling.alreadyAnswered)
        }
        if choice == "none" {
            let move = SchedulingFlow.move(.askForOtherTimes)
            let reopened = try await req.auditedChange { change -> Bool in
                let db = change.db
                guard try await SchedulingRequests.claim(requestID, from: move.from, to: move.to, on: db) else { return false }
                request.status = move.to
                request.offeredSlotsValue = ""
                request.answerNote = nil
                try await request.update(on: db)
                try await change.audit(
                    .schedulingAnswered, .success, patientID: authorized.id, subject: .schedulingRequest(requestID))
                return true
            }
            guard reopened else {
                let current = try await visibleRequest(req, authorized)
                return try await page(req, authorized, current, flash: Strings.scheduling.alreadyAnswered)
            }
            return req.redirect(to: Routes.patientSchedulingRequest(authorized.ref, Ref(requestID)), redirectType: .normal)
        }
        guard let seconds = Double(choice), let slot = request.offeredSlots.first(where: { $0.timeIntervalSince1970 == seconds })
        else {
            return try await page(
                req, authorized, request, choiceError: Strings.scheduling.chooseOneTime, status: .unprocessableEntity)
        }
        guard slot > req.now else {
            return try await page(req, authorized, request, choiceError: Strings.scheduling.slotGone, status: .conflict)
        }
        let details = Bookings.Details(
            start: slot, minutes: request.offeredMinutes ?? 30, clinician: request.offeredClinician,
            isVideo: request.offeredVideo ?? false, instruction: request.offeredInstruction)
        let booked = try await req.auditedChange { change -> UUID? in
            let db = change.db
            let move = SchedulingFlow.move(.takeOfferedTime)
            guard
                try await SchedulingRequests.claim(
                    requestID, from: move.from, to: move.to, offered: request.offeredSlotsValue, on: db)
            else {
                return nil
            }
            let appointmentID = try await Bookings.book(
                details, for: request, by: nil, in: req.record(of: authorized).using(db), on: db)
            try await change.audit(
                .schedulingAnswered, .success, patientID: authorized.id, subject: .schedulingRequest(requestID))
            return appointmentID
        }
        guard let appointmentID = booked else {
            let current = try await visibleRequest(req, authorized)
            return try await page(req, authorized, current, flash: Strings.scheduling.alreadyAnswered)
        }
        return req.redirect(to: Routes.patientAppointment(authorized.ref, Ref(appointmentID)), redirectType: .normal)
    }
}
