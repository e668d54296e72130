import Foundation
import PortalCore
import Vapor

/// Reads a scheduler's answer to a request: the times typed in the hospital's zone, the
/// visit's length and details, the note for the family. Every problem is named by field.
enum Answer {
    enum Outcome {
        case booked(Bookings.Details)
        case alternatives([Date], Bookings.Details, note: String?)
        case declined(String)
        case confirmCancellation
        case confirmInterpreter
        case problems([String: LocalizedText])
    }

    static func book(_ form: SchedulerQueueController.AnswerForm, _ request: SchedulingRequest, _ req: Request) -> Outcome {
        var errors: [String: LocalizedText] = [:]
        let start = instant(date: form.date, time: form.time, suffix: "", req, &errors)
        let details = visitDetails(form, request, &errors)
        guard errors.isEmpty, let start, let details = details(start) else { return .problems(errors) }
        return .booked(details)
    }

    static func offer(_ form: SchedulerQueueController.AnswerForm, _ request: SchedulingRequest, _ req: Request) -> Outcome {
        var errors: [String: LocalizedText] = [:]
        var slots: [Date] = []
        for (index, (date, time)) in [(form.date1, form.time1), (form.date2, form.time2), (form.date3, form.time3)].enumerated() {
            let isEmpty = (date ?? "").isEmpty && (time ?? "").isEmpty
            if isEmpty && index > 0 { continue }
            if let slot = instant(date: date, time: time, suffix: "\(index + 1)", req, &errors) { slots.append(slot) }
        }
        let details = visitDetails(form, request, &errors)
        let note = FormText.cleaned(form.note)
        if note.count > 500 { errors["note"] = Strings.schedulerQueue.textTooLong }
        guard errors.isEmpty, let first = slots.first, let details = details(first) else { return .problems(errors) }
        return .alternatives(Array(Set(slots)).sorted(), details, note: note.isEmpty ? nil : note)
    }

    static func decline(_ form: SchedulerQueueController.AnswerForm) -> Outcome {
        let note = FormText.cleaned(form.note)
        if note.isEmpty { return .problems(["note": Strings.schedulerQueue.noteNeeded]) }
        if note.count > 500 { return .problems(["note": Strings.schedulerQueue.textTooLong]) }
        return .declined(note)
    }

    /// A date and a time typed in the hospital's zone, in the future.
    private static func instant(
        date: String?, time: String?, suffix: String, _ req: Request, _ errors: inout [String: LocalizedText]
    ) -> Date? {
        let words = Strings.schedulerQueue
        guard let day = LocalDate(iso: date ?? "") else {
            errors["date\(suffix)"] = words.dateMissing
            return nil
        }
        switch WallClock.instant(on: day, at: time ?? "", in: req.hospitalTimeZone) {
        case .failure(.notATime):
            errors["time\(suffix)"] = words.timeMissing
            return nil
        case .failure(.doesNotExist):
            errors["time\(suffix)"] = words.timeDoesNotExist
            return nil
        case .success(let instant):
            guard instant > req.now else {
                errors["time\(suffix)"] = words.timeInPast
                return nil
            }
            return instant
        }
    }

    /// The visit's length, clinician, mode and instruction, for any start.
    private static func visitDetails(
        _ form: SchedulerQueueController.AnswerForm, _ request: SchedulingRequest, _ errors: inout [String: LocalizedText]
    ) -> (Date) -> Bookings.Details? {
        let minutes = Int(form.minutes ?? "") ?? 0
        if !(10...240).contains(minutes) { errors["minutes"] = Strings.schedulerQueue.minutesInvalid }
        let clinician = FormText.line(form.clinician)
        let instruction = FormText.cleaned(form.instruction)
        if instruction.count > 500 { errors["instruction"] = Strings.schedulerQueue.textTooLong }
        let isVideo = form.video == "1" && request.department.videoURLTemplate != nil
        let failed = !errors.isEmpty
        return { start in
            failed
                ? nil
                : Bookings.Details(
                    start: start, minutes: minutes, clinician: clinician.isEmpty ? nil : String(clinician.prefix(100)),
                    isVideo: isVideo, instruction: instruction.isEmpty ? nil : instruction)
        }
    }
}
