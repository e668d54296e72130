import PortalCore

/// What the enrollment queue pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `EnrollmentQueueText+English.swift` and
/// `EnrollmentQueueText+Spanish.swift`; pages read them in both through `Strings.enrollmentQueue`.
struct EnrollmentQueueText: Sendable {
    let title: String
    let pendingHeading: @Sendable (Int) -> String
    let reportsHeading: String
    let nothingPending: String
    let oldestFirst: String
    let patient: String
    let applicant: String
    let received: String
    let applicantEmail: String
    let applicantPhone: String
    let waited: String
    let businessDays: @Sendable (Int) -> String
    let late: String
    let decidedHeading: String
    let statusName: @Sendable (EnrollmentRequest.Status) -> String
    let approvedNotice: String
    let rejectedNotice: String
    let requestTitle: String
    let takenByOther: String
    let approvedBy: @Sendable (String, String) -> String
    let rejectedBy: @Sendable (String, String, EnrollmentRequest.RejectionReason) -> String
    let sharesAddress: String
    let teenEmailHasAccount: String
    let emailHasAccount: String
    let otherRequests: @Sendable (Int) -> String
    let phoneMatchesParent: String
    let emailMatchesParent: String
    let answersHeading: String
    let document: String
    let openDocument: String
    let documentDeleted: String
    let patientAccessLink: String
    let matchHeading: String
    let searchLabel: String
    let search: String
    let noCandidates: String
    let candidatesLegend: String
    let birthDateMatches: String
    let birthDateDiffers: String
    let zipMatches: String
    let zipDiffers: String
    let approve: String
    let choosePatient: String
    let chooseRelationship: String
    let rejectHeading: String
    let reason: String
    let reasonHint: String
    let reasonName: @Sendable (EnrollmentRequest.RejectionReason) -> String
    /// The sentence the applicant reads; it never repeats HIM's note.
    let reasonForApplicant: @Sendable (EnrollmentRequest.RejectionReason) -> String
    let chooseReason: String
    let explainOther: String
    let noteTooLong: String
    let note: String
    let noteHint: String
    let reject: String
}

extension Strings {
    static let enrollmentQueue = Translated(english: EnrollmentQueueText.english, spanish: EnrollmentQueueText.spanish)
}
