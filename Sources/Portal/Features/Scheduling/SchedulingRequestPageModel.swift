import Foundation
import PortalCore
import Vapor

/// Builds a request's page for the family.
enum SchedulingRequestPageModel {
    static func make(
        _ request: SchedulingRequest, _ req: Request, _ authorized: AuthorizedPatient, flash: LocalizedText?,
        choiceError: LocalizedText?
    ) throws -> SchedulingRequestPage.Model {
        let language = req.language
        let zone = req.hospitalTimeZone
        let department = request.department
        let id = try request.requireID()
        let outcome: SchedulingRequestPage.Outcome
        switch request.status {
        case .open:
            let sent = LocalDate(request.createdAt, in: zone)
            let due = department.promise.dueDate(sentOn: sent, calendar: req.portal.config.calendar)
            outcome = .waiting(expectBy: DateText.weekdayAndDate(due, language: language))
        case .booked:
            outcome = .booked(
                appointmentLink: request.bookedAppointmentID.map { Routes.patientAppointment(authorized.ref, Ref($0)) })
        case .alternativesOffered:
            let slots = request.offeredSlots.filter { $0 > req.now }.map { slot in
                SchedulingRequestPage.Slot(
                    value: String(format: "%.0f", slot.timeIntervalSince1970),
                    text: DateText.visit(
                        start: slot, end: slot.addingTimeInterval(Double(request.offeredMinutes ?? 30) * 60), in: zone,
                        language: language))
            }
            let mode = (request.offeredVideo ?? false) ? Strings.appointments.video : Strings.appointments.inPerson
            let details = [mode(language), request.offeredClinician.map { Strings.appointments.with($0)(language) }]
                .compactMap { $0 }.joined(separator: " · ")
            outcome = .offered(
                action: Routes.patientSchedulingRequestChoice(authorized.ref, Ref(id)), slots: slots, details: details,
                error: choiceError)
        case .declined:
            outcome = .declined(note: request.answerNote)
        case .withdrawn:
            outcome = .withdrawn
        }
        let words = Strings.scheduling
        let days = request.preferredDays.map { DateText.weekdayAndDate($0, language: language) }
        let times = request.timesOfDay.map { words.timeOfDay($0)(language) }
        var asked: [(label: LocalizedText, value: String)] = [
            (words.reason, request.reason),
            (words.preferredDays, days.isEmpty ? words.anyDay(language) : days.joined(separator: "; ")),
            (words.timesOfDay, times.isEmpty ? words.anyTime(language) : times.joined(separator: "; ")),
            (words.visitMode, words.mode(request.visitMode)(language)),
        ]
        if let phone = request.callbackPhone { asked.append((words.phone, phone)) }
        if let interpreter = request.interpreterLanguage { asked.append((words.interpreter, interpreter)) }
        if let audience = SharingChoice.audienceFact(request.sensitivity, forStaff: false, language: language) {
            asked.append(audience)
        }
        return SchedulingRequestPage.Model(
            patientName: authorized.patient.shownName, backLink: Routes.patientAppointments(authorized.ref),
            department: department.name(language),
            sent: words.sentOn(DateText.dateTime(request.createdAt, in: zone, language: language))(language),
            status: words.status(request.status), asked: asked, outcome: outcome, note: request.answerNote, flash: flash,
            withdrawAction: req.currentSession?.member != nil && SchedulingFlow.move(.withdraw).from.contains(request.status)
                ? Routes.patientSchedulingRequestWithdraw(authorized.ref, Ref(id)) : nil)
    }
}
