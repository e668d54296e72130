import PortalCore

/// What the appointments pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `AppointmentsText+English.swift` and
/// `AppointmentsText+Spanish.swift`; pages read them in both through `Strings.appointments`.
struct AppointmentsText: Sendable {
    let title: String
    let titleOf: @Sendable (String) -> String
    let upcoming: String
    let upcomingAppointments: String
    let past: String
    let noUpcoming: String
    let noPast: String
    let timesIn: @Sendable (String) -> String
    let video: String
    let inPerson: String
    let with: @Sendable (String) -> String
    let status: @Sendable (String) -> String
    let cancelRequestedTag: String
    let backToList: String
    // One appointment
    let when: String
    let department: String
    let clinician: String
    let kind: String
    let statusLabel: String
    let whatToBring: String
    let defaultBring: String
    let whereLabel: String
    let map: String
    let phone: String
    let addToCalendar: String
    let calendarHint: String
    let calendarSummary: @Sendable (String) -> String
    // Cancelling
    let cancelHeading: String
    let cancelUntil: @Sendable (String) -> String
    let cancelReason: String
    let cancelReasonHint: String
    let cancelButton: String
    let cancelReasonMissing: String
    let cancelReasonTooLong: String
    let tooLateToCancel: @Sendable (String, String?) -> String
    let visitOver: String
    let cannotCancel: String
    let cancelRequested: @Sendable (String) -> String
    let cancelSent: String
    // Interpreter
    let interpreterHeading: String
    let interpreterIntro: String
    let interpreterLanguage: String
    let askInterpreter: String
    let interpreterMissing: String
    let interpreterRequested: @Sendable (String) -> String
    let interpreterArranged: @Sendable (String) -> String
    let interpreterNotArranged: @Sendable (String, String) -> String
    // Video
    let videoHeading: String
    let join: String
    let joinOpen: String
    let opensAt: @Sendable (String, String) -> String
    let visitEnded: String
    let testCamera: String
    let notConfigured: String
    let joinNotYet: @Sendable (String) -> String
    let joinNotVideo: String
    // Guests
    let guestsHeading: String
    let guestsIntro: String
    let guestName: String
    let guestNameHint: String
    let guestNameMissing: String
    let makeGuestLink: String
    let guestLinkMade: @Sendable (String) -> String
    let guestUnused: String
    let guestUsed: @Sendable (String) -> String
    let guestRevoked: @Sendable (String) -> String
    let revoke: String
    let guestLimit: String
    // A guest's link
    let guestTitle: String
    let guestUsedUp: String
    let guestCancelled: String
    let guestUnknown: String
    // Camera check
    let checkTitle: String
    let checkIntro: String
    let checkStart: String
    let checkNeedsScript: String
    let checkTips: String
    let checkTipList: [String]
    let checkWorking: String
    let checkDenied: String
    let checkCamera: String
    let checkMicrophone: String
    let countdown: @Sendable (Int) -> String
}

extension Strings {
    static let appointments = Translated(english: AppointmentsText.english, spanish: AppointmentsText.spanish)
}
