import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A patient's appointments for the family: the list, one visit, its calendar file, a
/// request to cancel it, the video room and its guests. Every route goes through the
/// access policy's door, and every appointment through the patient's record as the viewer
/// may see it.
struct AppointmentsController: RouteCollection {
    struct CancelForm: Content {
        var reason: String?
        var key: String?
    }

    struct GuestForm: Content {
        var name: String?
        var key: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientAppointments) { req, authorized in
            try await list(req, authorized)
        }
        routes.on(Routes.patientAppointment) { req, authorized in
            let appointment = try await visibleAppointment(req, authorized)
            var flash: LocalizedText?
            if req.query[String.self, at: "cancel"] == "sent" { flash = Strings.appointments.cancelSent }
            return try await page(req, authorized, appointment, flash: flash)
        }
        routes.on(Routes.patientAppointmentCalendar) { req, authorized in
            try await calendarFile(req, authorized)
        }
        routes.on(Routes.patientAppointmentCancel) { req, authorized in try await cancel(req, authorized) }
        routes.on(Routes.patientAppointmentInterpreter) { req, authorized in
            try await requestInterpreter(req, authorized)
        }
        routes.on(Routes.patientAppointmentJoin) { req, authorized in try await join(req, authorized) }
        routes.on(Routes.patientAppointmentGuests) { req, authorized in try await invite(req, authorized) }
        routes.on(Routes.patientAppointmentGuestRevoke) { req, authorized in try await revoke(req, authorized) }
    }

    // MARK: The list

    func list(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointments = try await req.record(of: authorized).appointments()
        let zone = req.hospitalTimeZone
        let language = req.language
        let pendingCancellations = try await SchedulingRequests.withOpenCancellation(
            appointments.filter { $0.isActive && $0.end > req.now }.compactMap(\.id), visibleTo: authorized, on: req.db)
        func row(_ appointment: Appointment) -> AppointmentListPage.Row {
            AppointmentListPage.Row(
                when: DateText.visit(start: appointment.start, end: appointment.end, in: zone, language: language),
                link: Routes.patientAppointment(authorized.ref, appointment.ref),
                department: appointment.department.name(language), clinician: appointment.clinician,
                isVideo: appointment.isVideo, status: Strings.appointments.status(appointment.status),
                cancelRequested: pendingCancellations.contains(appointment.id))
        }
        let upcoming = appointments.filter { $0.isActive && $0.end > req.now }
        let upcomingIDs = Set(upcoming.compactMap(\.id))
        let past = appointments.filter { !upcomingIDs.contains($0.id) }.reversed()
        let model = AppointmentListPage.Model(
            patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref),
            zoneName: DateText.zoneName(zone, language: language), upcoming: upcoming.map(row), past: past.map(row),
            requests: try await SchedulingRequestList.model(req, authorized))
        return AppointmentListPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    // MARK: One appointment

    func visibleAppointment(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Appointment {
        guard let id = req.id(of: Appointment.self),
            let appointment = try await req.record(of: authorized).appointment(id)
        else { throw PortalError.notFound }
        return appointment
    }

    func page(
        _ req: Request, _ authorized: AuthorizedPatient, _ appointment: Appointment, flash: LocalizedText? = nil,
        problem: LocalizedText? = nil, cancelForm: CancelForm? = nil, cancelError: LocalizedText? = nil,
        guestForm: GuestForm? = nil, guestError: LocalizedText? = nil, newGuestLink: (name: String, url: String)? = nil,
        interpreterForm: InterpreterForm? = nil, interpreterError: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let isFormShownAgain = cancelError != nil || guestError != nil || interpreterError != nil
        let model = try await AppointmentPageModel.make(
            appointment, req, authorized,
            .init(
                flash: flash, problem: problem, cancelReason: cancelForm?.reason, cancelKey: cancelForm?.key,
                cancelError: cancelError, guestName: guestForm?.name, guestKey: guestError == nil ? nil : guestForm?.key,
                guestError: guestError, newGuestLink: newGuestLink, interpreterLanguage: interpreterForm?.language,
                interpreterKey: interpreterForm?.key, interpreterError: interpreterError,
                shared: isFormShownAgain && SharingChoice.isShared(req)))
        return AppointmentPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: status)
    }

    /// The visit as an iCalendar file: the department, the time, the place or "video
    /// visit", and a link back to the portal; never the reason, the clinician or the child's name.
    func calendarFile(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointment = try await visibleAppointment(req, authorized)
        let department = appointment.department
        let language = req.language
        let event = ICalendarEvent(
            uid: "\(appointment.id.uuidString.lowercased())@\(req.portal.config.publicURL.host ?? "portal")",
            start: appointment.start, end: appointment.end, stamp: req.now,
            summary: Strings.appointments.calendarSummary(department.name(language))(language),
            location: appointment.isVideo ? Strings.appointments.video(language) : department.address,
            description: nil,
            url: req.portal.config.publicURL.absoluteString)
        let response = Response(
            status: .ok, body: .init(string: event.text(productID: "-//\(req.portal.config.hospitalName)//Patient portal//EN")))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"appointment.ics\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    // MARK: Cancelling

    func cancel(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let member = try req.signedInMember()
        let appointment = try await visibleAppointment(req, authorized)
        guard let form = try? req.content.decode(CancelForm.self), let key = form.key,
            ThreadsController.isSubmissionKey(key)
        else { throw PortalError.badRequest }
        switch try await AppointmentPageModel.cancellation(appointment, authorized, req) {
        case .allowed:
            break
        case .alreadyRequested:
            return req.redirect(to: Routes.patientAppointment(authorized.ref, appointment.ref), redirectType: .normal)
        case .refused(let reason):
            return try await page(req, authorized, appointment, problem: reason, status: .conflict)
        }
        let reason = FormText.cleaned(form.reason)
        guard !reason.isEmpty, reason.count <= 500 else {
            return try await page(
                req, authorized, appointment, cancelForm: form,
                cancelError: reason.isEmpty ? Strings.appointments.cancelReasonMissing : Strings.appointments.cancelReasonTooLong,
                status: .unprocessableEntity)
        }
        let request = SchedulingRequest(
            patientID: authorized.id, departmentID: appointment.departmentID, kind: .cancellation,
            memberID: try member.requireID(),
            sensitivity: SharingChoice.audienceLabel(about: appointment.sensitivity, authorized, req).storageValue,
            reason: reason,
            visitMode: appointment.isVideo ? .video : .inPerson, submissionKey: key, at: req.now)
        request.appointmentID = appointment.id
        _ = try await SchedulingRequests.submit(request, for: req)
        return req.redirect(
            to: Routes.patientAppointment(authorized.ref, appointment.ref) + "?cancel=sent", redirectType: .normal)
    }

    // MARK: Interpreter

    struct InterpreterForm: Content {
        var language: String?
        var key: String?
    }

    /// Asks the department's schedulers for an interpreter at a booked visit.
    func requestInterpreter(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let member = try req.signedInMember()
        let appointment = try await visibleAppointment(req, authorized)
        guard let form = try? req.content.decode(InterpreterForm.self), let key = form.key,
            ThreadsController.isSubmissionKey(key)
        else { throw PortalError.badRequest }
        let id = appointment.id
        guard appointment.isActive, appointment.start > req.now else {
            return try await page(req, authorized, appointment, problem: Strings.appointments.visitOver, status: .conflict)
        }
        let language = FormText.line(form.language)
        guard !language.isEmpty, language.count <= 40 else {
            return try await page(
                req, authorized, appointment, interpreterForm: form, interpreterError: Strings.appointments.interpreterMissing,
                status: .unprocessableEntity)
        }
        let request = SchedulingRequest(
            patientID: authorized.id, departmentID: appointment.departmentID, kind: .interpreter,
            memberID: try member.requireID(),
            sensitivity: SharingChoice.audienceLabel(about: appointment.sensitivity, authorized, req).storageValue, reason: "",
            visitMode: appointment.isVideo ? .video : .inPerson, submissionKey: key, at: req.now)
        request.appointmentID = id
        request.interpreterLanguage = language
        _ = try await SchedulingRequests.submit(request, for: req)
        return req.redirect(to: Routes.patientAppointment(authorized.ref, Ref(id)), redirectType: .normal)
    }

    // MARK: Video

    /// Sends the family into the room, inside the visit's window only; every opening is audited.
    func join(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointment = try await visibleAppointment(req, authorized)
        let words = Strings.appointments
        guard appointment.isVideo else {
            return try await page(req, authorized, appointment, problem: words.joinNotVideo, status: .conflict)
        }
        switch VideoRooms.state(of: appointment, config: req.portal.config, at: req.now) {
        case .notYet(let opensAt):
            let time = DateText.time(opensAt, in: req.hospitalTimeZone, language: req.language)
            return try await page(req, authorized, appointment, problem: words.joinNotYet(time), status: .conflict)
        case .ended:
            return try await page(req, authorized, appointment, problem: words.visitEnded, status: .gone)
        case .open:
            guard let url = VideoRooms.roomURL(for: appointment, in: appointment.department) else {
                return try await page(req, authorized, appointment, problem: words.notConfigured, status: .conflict)
            }
            try await req.audit(
                .videoRoomOpened, .success, patientID: authorized.id, subject: .appointment(appointment.id))
            return req.redirect(to: url, redirectType: .normal)
        }
    }

    func invite(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let member = try req.signedInMember()
        let appointment = try await visibleAppointment(req, authorized)
        guard let form = try? req.content.decode(GuestForm.self), let key = form.key, ThreadsController.isSubmissionKey(key)
        else { throw PortalError.badRequest }
        guard let name = VideoRooms.guestName(form.name) else {
            return try await page(
                req, authorized, appointment, guestForm: form, guestError: Strings.appointments.guestNameMissing,
                status: .unprocessableEntity)
        }
        let made: (pass: VisitGuestPass, isNew: Bool)
        let (label, memberID, config, now) = (
            SharingChoice.audienceLabel(about: appointment.sensitivity, authorized, req), try member.requireID(),
            req.portal.config, req.now
        )
        do {
            // The visit's links are counted and the new one stored under one lock, with its
            // audit event: however many arrive at once, the limit holds.
            made = try await req.auditedChange { change in
                try await TransactionLock.take("guest-passes:\(appointment.id.uuidString)", on: change.db)
                let made = try await VideoRooms.makeGuestPass(
                    token: key, name: name, label: label, appointment: appointment, memberID: memberID, config: config,
                    now: now, on: change.db)
                if made.isNew {
                    try await change.audit(
                        .guestPassCreated, .success, patientID: authorized.id, subject: .guestPass(made.pass.requireID()))
                }
                return made
            }
        } catch VideoRooms.GuestRefusal.tooMany {
            return try await page(
                req, authorized, appointment, guestForm: form, guestError: Strings.appointments.guestLimit, status: .conflict)
        } catch VideoRooms.GuestRefusal.notVideo {
            return try await page(req, authorized, appointment, problem: Strings.appointments.joinNotVideo, status: .conflict)
        } catch VideoRooms.GuestRefusal.over {
            return try await page(req, authorized, appointment, problem: Strings.appointments.visitEnded, status: .gone)
        }
        let url = req.portal.config.publicURL.absoluteString.trimmingSuffix("/") + Routes.guestVisit(GuestToken(key))
        // The link is on this page only: it is not stored, so it cannot be shown again after a redirect.
        return try await page(req, authorized, appointment, newGuestLink: (made.pass.guestName, url))
    }

    func revoke(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let appointment = try await visibleAppointment(req, authorized)
        // Only a link the viewer may see: a parent cannot revoke a teen's private guest.
        guard let guestID = req.id(of: VisitGuestPass.self),
            try await VideoRooms.guests(of: appointment.id, visibleTo: authorized, on: req.db).contains(where: {
                $0.id == guestID
            })
        else { throw PortalError.notFound }
        // Revoked once, in one conditional statement, with its audit event.
        let now = req.now
        try await req.auditedChange { change in
            if try await VideoRooms.revoke(guestID, at: now, on: change.db) {
                try await change.audit(.guestPassRevoked, .success, patientID: authorized.id, subject: .guestPass(guestID))
            }
        }
        return req.redirect(to: Routes.patientAppointment(authorized.ref, appointment.ref), redirectType: .normal)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
