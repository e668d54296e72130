import PortalCore

/// What the scheduling pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `SchedulingText+English.swift` and
/// `SchedulingText+Spanish.swift`; pages read them in both through `Strings.scheduling`.
struct SchedulingText: Sendable {
    let requestsHeading: String
    let newRequest: String
    let newRequestFor: @Sendable (String) -> String
    let requestTo: @Sendable (String) -> String
    let sentOn: @Sendable (String) -> String
    let status: @Sendable (SchedulingRequest.Status) -> String
    let formIntro: String
    let department: String
    let answersWithin: @Sendable (Int) -> String
    let noDepartments: String
    let reason: String
    let somethingElse: String
    let details: String
    let detailsHint: String
    let preferredDays: String
    let preferredDaysHint: String
    let dayLabel: @Sendable (Int) -> String
    let timesOfDay: String
    let timesOfDayHint: String
    let timeOfDay: @Sendable (TimeOfDay) -> String
    let visitMode: String
    let mode: @Sendable (SchedulingRequest.VisitMode) -> String
    let phone: String
    let phoneHint: String
    let interpreter: String
    let interpreterHint: String
    let send: String
    let fixProblems: String
    let sent: String
    // Problems
    let chooseDepartment: String
    let departmentTakesNoRequests: String
    let chooseReason: String
    let detailsNeeded: String
    let detailsTooLong: String
    let dayProblem: @Sendable (PreferredDays.Problem) -> String
    let chooseMode: String
    let phoneInvalid: String
    let interpreterTooLong: String
    // The request's page
    let requestTitle: String
    let backToAppointments: String
    let whatYouAsked: String
    let anyDay: String
    let anyTime: String
    let expectAnswer: @Sendable (String) -> String
    let bookedIntro: String
    let seeAppointment: String
    let offeredIntro: String
    let noneWork: String
    let choose: String
    let chooseOneTime: String
    let slotGone: String
    let declinedIntro: String
    let noteFromTeam: String
    let withdraw: String
    let withdrawHint: String
    let withdrawn: String
    let alreadyAnswered: String
}

extension Strings {
    static let scheduling = Translated(english: SchedulingText.english, spanish: SchedulingText.spanish)
}
