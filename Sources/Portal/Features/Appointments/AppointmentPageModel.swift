import Foundation
import PortalCore
import PortalRecord
import Vapor

/// Builds an appointment's page from what the viewer may see and do with it.
enum AppointmentPageModel {
    struct Extras {
        var flash: LocalizedText?
        var problem: LocalizedText?
        var cancelReason: String?
        var cancelKey: String?
        var cancelError: LocalizedText?
        var guestName: String?
        /// The key a failed guest form carried, so a retry still makes one link.
        var guestKey: String?
        var guestError: LocalizedText?
        var newGuestLink: (name: String, url: String)?
        var interpreterLanguage: String?
        var interpreterKey: String?
        var interpreterError: LocalizedText?
        var shared = false
    }

    enum Cancellation {
        case allowed
        case alreadyRequested
        case refused(LocalizedText)
    }

    /// Whether the family may still ask to cancel, by the notice period and the visit's state.
    static func cancellation(
        _ appointment: Appointment, _ authorized: AuthorizedPatient, _ req: Request
    ) async throws -> Cancellation {
        guard appointment.isActive else { return .refused(Strings.appointments.cannotCancel) }
        if try await SchedulingRequests.openCancellation(of: appointment.id, visibleTo: authorized, on: req.db) != nil {
            return .alreadyRequested
        }
        let rule = CancellationRule(noticePeriod: req.portal.config.cancellationNotice)
        switch rule.answer(start: appointment.start, now: req.now) {
        case .allowed: return .allowed
        case .alreadyStarted: return .refused(Strings.appointments.cannotCancel)
        case .tooLate(let deadline):
            let when = DateText.dateTime(deadline, in: req.hospitalTimeZone, language: req.language)
            return .refused(Strings.appointments.tooLateToCancel(when, appointment.department.phone))
        }
    }

    static func make(
        _ appointment: Appointment, _ req: Request, _ authorized: AuthorizedPatient, _ extras: Extras
    ) async throws -> AppointmentPage.Model {
        let language = req.language
        let zone = req.hospitalTimeZone
        let department = appointment.department
        let id = appointment.id
        let isMember = req.currentSession?.member != nil
        let address = department.address
        let isStaff = !isMember && req.currentSession?.staff != nil
        let checkInOpen = CheckInRules.isOpen(start: appointment.start, isBooked: appointment.isActive, at: req.now)
        // Read only where the page says something of it: staff on a booked visit, a family in the window.
        let checkIn =
            (isStaff && appointment.isActive) || (isMember && checkInOpen)
            ? try await CheckIns(db: req.db, now: req.now).checkIn(appointmentID: id) : nil
        return AppointmentPage.Model(
            patientName: authorized.patient.shownName, backLink: Routes.patientAppointments(authorized.ref),
            department: department.name(language),
            when: DateText.visit(start: appointment.start, end: appointment.end, in: zone, language: language),
            status: Strings.appointments.status(appointment.status), clinician: appointment.clinician,
            isVideo: appointment.isVideo, visitType: appointment.visitType,
            instruction: appointment.isActive && appointment.end > req.now
                ? (appointment.patientInstruction ?? Strings.appointments.defaultBring(language)) : nil,
            address: address, mapLink: address.map(mapLink), phone: department.phone,
            calendarLink: appointment.isActive && appointment.end > req.now
                ? Routes.patientAppointmentCalendar(authorized.ref, Ref(id)) : nil,
            checkIn: isMember && checkInOpen
                ? (
                    Routes.patientCheckIn(authorized.ref, Ref(id)), checkIn?.completedAt != nil,
                    DateText.dateTime(appointment.start, in: zone, language: language)
                ) : nil,
            staffCheckIn: isStaff && appointment.isActive && (checkIn != nil || checkInOpen)
                ? (
                    Self.checkInProgress(checkIn, zone: zone, language: language),
                    checkIn == nil ? nil : Routes.staffCheckIn(authorized.ref, Ref(id))
                ) : nil,
            flash: extras.flash, problem: extras.problem,
            // Staff see that it is a video visit; the room and its guests are the family's.
            video: appointment.isVideo && isMember ? try await video(appointment, req, authorized, extras) : nil,
            interpreter: isMember ? try await interpreter(appointment, req, authorized, extras) : nil,
            cancel: isMember ? try await cancel(appointment, req, authorized, extras) : .unavailable,
            offersSharing: SharingChoice.isOffered(to: authorized, req), shared: extras.shared,
            restriction: RestrictionsController.form(for: appointment, kind: .appointment, req, authorized))
    }

    /// How far the family got with checking in, in the words the front desk's list uses.
    static func checkInProgress(_ checkIn: CheckIn?, zone: TimeZone, language: Language) -> String {
        let words = Strings.checkIn
        guard let checkIn else { return words.notStarted(language) }
        if let done = checkIn.completedAt {
            return words.staffDone(DateText.dateTime(done, in: zone, language: language))(language)
        }
        return words.partlySaved(DateText.dateTime(checkIn.updatedAt, in: zone, language: language))(language)
    }

    /// OpenStreetMap's search for the address: no account, no tracking of who looked.
    static func mapLink(_ address: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query =
            address.replacingOccurrences(of: "\n", with: ", ")
            .addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "https://www.openstreetmap.org/search?query=\(query)"
    }

    private static func video(
        _ appointment: Appointment, _ req: Request, _ authorized: AuthorizedPatient, _ extras: Extras
    ) async throws -> AppointmentPage.Video {
        let id = appointment.id
        let zone = req.hospitalTimeZone
        let language = req.language
        let state: AppointmentPage.VideoState
        switch VideoRooms.state(of: appointment, config: req.portal.config, at: req.now) {
        case .ended:
            state = .ended
        case .notYet(let opensAt):
            let minutes = Int((opensAt.timeIntervalSince(req.now) / 60).rounded(.up))
            let time =
                LocalDate(opensAt, in: zone) == LocalDate(req.now, in: zone)
                ? DateText.time(opensAt, in: zone, language: language)
                : DateText.dateTime(opensAt, in: zone, language: language)
            state = .notYet(
                opensAt: "\(time) \(DateText.zoneName(zone, language: language))",
                countdown: Strings.appointments.countdown(minutes)(language),
                opensAtMilliseconds: Int(opensAt.timeIntervalSince1970 * 1000))
        case .open:
            state =
                VideoRooms.roomURL(for: appointment, in: appointment.department) == nil
                ? .notConfigured : .open(joinLink: Routes.patientAppointmentJoin(authorized.ref, Ref(id)))
        }
        let guests = try await VideoRooms.guests(of: id, visibleTo: authorized, on: req.db).map { pass in
            let guestState: LocalizedText
            if let revoked = pass.revokedAt {
                guestState = Strings.appointments.guestRevoked(DateText.dateTime(revoked, in: zone, language: language))
            } else if let used = pass.usedAt {
                guestState = Strings.appointments.guestUsed(DateText.dateTime(used, in: zone, language: language))
            } else {
                guestState = Strings.appointments.guestUnused
            }
            return AppointmentPage.Guest(
                name: pass.guestName, state: guestState,
                revokeAction: pass.revokedAt == nil && pass.usedAt == nil
                    ? Routes.patientAppointmentGuestRevoke(authorized.ref, Ref(id), pass.ref) : nil)
        }
        var form: AppointmentPage.GuestForm?
        if case .ended = state {
            form = nil
        } else {
            form = AppointmentPage.GuestForm(
                action: Routes.patientAppointmentGuests(authorized.ref, Ref(id)), key: extras.guestKey ?? RandomToken.make(),
                name: extras.guestError == nil ? "" : extras.guestName ?? "", error: extras.guestError)
        }
        return AppointmentPage.Video(state: state, guests: guests, guestForm: form, newGuestLink: extras.newGuestLink)
    }

    /// The latest interpreter request for the visit, or the form to ask for one while it is ahead.
    private static func interpreter(
        _ appointment: Appointment, _ req: Request, _ authorized: AuthorizedPatient, _ extras: Extras
    ) async throws -> AppointmentPage.Interpreter? {
        let words = Strings.appointments
        if let latest = try await SchedulingRequests.interpreterRequest(of: appointment.id, visibleTo: authorized, on: req.db) {
            let language = latest.interpreterLanguage ?? ""
            switch latest.status {
            case .open: return .status(words.interpreterRequested(language))
            case .booked: return .status(words.interpreterArranged(language))
            case .declined: return .status(words.interpreterNotArranged(language, latest.answerNote ?? ""))
            case .alternativesOffered, .withdrawn: break
            }
        }
        guard appointment.isActive, appointment.start > req.now else { return nil }
        return .form(
            action: Routes.patientAppointmentInterpreter(authorized.ref, appointment.ref),
            key: extras.interpreterKey ?? RandomToken.make(), language: extras.interpreterLanguage ?? "",
            error: extras.interpreterError)
    }

    private static func cancel(
        _ appointment: Appointment, _ req: Request, _ authorized: AuthorizedPatient, _ extras: Extras
    ) async throws -> AppointmentPage.Cancel {
        guard appointment.isActive, appointment.start > req.now else { return .unavailable }
        if let open = try await SchedulingRequests.openCancellation(of: appointment.id, visibleTo: authorized, on: req.db) {
            return .requested(when: DateText.dateTime(open.createdAt, in: req.hospitalTimeZone, language: req.language))
        }
        let rule = CancellationRule(noticePeriod: req.portal.config.cancellationNotice)
        switch rule.answer(start: appointment.start, now: req.now) {
        case .alreadyStarted:
            return .unavailable
        case .tooLate(let deadline):
            let when = DateText.dateTime(deadline, in: req.hospitalTimeZone, language: req.language)
            return .tooLate(Strings.appointments.tooLateToCancel(when, appointment.department.phone))
        case .allowed:
            let deadline = DateText.dateTime(
                rule.deadline(for: appointment.start), in: req.hospitalTimeZone, language: req.language)
            return .form(
                action: Routes.patientAppointmentCancel(authorized.ref, appointment.ref),
                key: extras.cancelKey ?? RandomToken.make(), deadline: deadline, reason: extras.cancelReason ?? "",
                error: extras.cancelError)
        }
    }
}
