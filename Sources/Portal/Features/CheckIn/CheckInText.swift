import PortalCore
import PortalFHIR

/// What the online check-in says, in one language.
struct CheckInText: Sendable {
    let title: String
    let titleFor: @Sendable (String) -> String
    let intro: @Sendable (String) -> String
    let closed: String
    let contactStep: String
    let notStarted: String
    let savedOn: @Sendable (String) -> String
    let partlySaved: @Sendable (String) -> String
    let savedByPatient: @Sendable (String) -> String
    let start: @Sendable (String) -> String
    let change: @Sendable (String) -> String
    let finish: String
    let finishHint: String
    let saveEveryStep: String
    let doneOn: @Sendable (String) -> String
    let offer: String
    let offerHint: @Sendable (String) -> String
    let offerDone: String
    let backToCheckIn: String
    let backToVisit: String
    let fixTheFields: String
    let saveAndContinue: String
    let street: String
    let city: String
    let state: String
    let zip: String
    let homePhone: String
    let mobilePhone: String
    let email: String
    let emailHint: String
    let contactProblem: @Sendable (CheckInContact.Problem) -> String
    let partOf: @Sendable (Int, Int) -> String
    let onlyIf: @Sendable (String, String) -> String
    let yes: String
    let no: String
    let privateNote: String
    let answerProblem: @Sendable (IntakeAnswers.Problem) -> String
    let stepLocked: @Sendable (String) -> String
    let staffVisitsTitle: @Sendable (String) -> String
    let staffDone: @Sendable (String) -> String
    let staffVisitsIntro: String
    let staffNoVisits: String
    let staffBack: String
    let staffPatient: String
    let staffVisit: String
    let staffProgress: String
    let staffCheckInTitle: String
    let staffWithheld: String
    let staffResponseLink: String
    let staffOpenCheckIn: String
    let insuranceStep: String
    let insuranceIntro: String
    let insurancePrivacyNote: String
    let coverageQuestion: @Sendable (String) -> String
    let coverageQuestionOwn: String
    let coverageChoice: @Sendable (CheckInInsurance.Coverage) -> String
    let insuredOnly: String
    let payer: String
    let memberID: String
    let groupNumber: String
    let cardPhoto: @Sendable (CheckInInsurance.Side) -> String
    let photoHint: String
    let photoSaved: String
    let choosePhotoAgain: String
    let insuranceProblem: @Sendable (CheckInInsurance.Problem) -> String
    let reviewStep: String
    let reviewIntro: @Sendable (String) -> String
    let allergiesHeading: String
    let medicinesHeading: String
    let noAllergies: String
    let noMedicines: String
    let missingHeading: String
    let missingQuestion: String
    let reviewNote: String
    let reviewAnswer: @Sendable (CheckInRecordReview.Kind, CheckInRecordReview.Answer) -> String
    let reviewProblem: @Sendable (CheckInRecordReview.Problem) -> String
    let staffUninsured: String
    let staffNothingOnFile: String
    let staffVisitWithheld: String
    let staffNeedsChange: String
    let fromOwnAccount: @Sendable (String, String) -> String
    let staffRecordWithheld: String
}

extension Strings {
    static let checkIn = Translated(english: CheckInText.english, spanish: CheckInText.spanish)
}
