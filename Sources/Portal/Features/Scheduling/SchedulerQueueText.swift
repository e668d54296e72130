import PortalCore

/// What the scheduler queue pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `SchedulerQueueText+English.swift` and
/// `SchedulerQueueText+Spanish.swift`; pages read them in both through `Strings.schedulerQueue`.
struct SchedulerQueueText: Sendable {
    let title: String
    let intro: String
    let noDepartments: String
    let waiting: @Sendable (Int, Int) -> String
    let schedulerCount: @Sendable (Int) -> String
    let allDepartments: String
    let nothingWaiting: String
    let patient: String
    let request: String
    let waited: String
    let received: String
    let businessDays: @Sendable (Int) -> String
    let late: String
    let newAppointment: String
    let cancellation: String
    let interpreter: String
    let appointmentForInterpreter: String
    let confirmInterpreter: String
    let cannotArrange: String
    let interpreterArranged: String
    let interpreterNeeded: @Sendable (String) -> String
    // One request
    let backToQueue: String
    let requestedBy: String
    let appointmentToCancel: String
    let cancelReason: String
    let answered: String
    let book: String
    let offer: String
    let offerHint: String
    let decline: String
    let declineNote: String
    let declineHint: String
    let timesIn: @Sendable (String) -> String
    let date: String
    let time: String
    let slot: @Sendable (Int) -> String
    let minutes: String
    let clinician: String
    let video: String
    let instruction: String
    let note: String
    let confirmCancel: String
    let keepAppointment: String
    let done: String
    // Problems
    let dateMissing: String
    let timeMissing: String
    let timeDoesNotExist: String
    let timeInPast: String
    let minutesInvalid: String
    let noteNeeded: String
    let textTooLong: String
    let unknownAction: String
    let alreadyAnswered: String
    let cancelConfirmedNote: String
}

extension Strings {
    static let schedulerQueue = Translated(english: SchedulerQueueText.english, spanish: SchedulerQueueText.spanish)
}
