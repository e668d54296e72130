import PortalCore

/// What the renewals pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `RenewalsText+English.swift` and
/// `RenewalsText+Spanish.swift`; pages read them in both through `Strings.renewals`.
struct RenewalsText: Sendable {
    /// The link beside each medicine, naming it, so it stands alone (WCAG 2.4.4).
    let requestOf: @Sendable (String) -> String
    let titleFor: @Sendable (String) -> String
    let backToMedications: String
    let intro: @Sendable (String, Int, String) -> String
    /// The care team, for a viewer who may not be told its name.
    let prescribersTeam: String
    let pharmacy: String
    let otherPharmacy: String
    let newPharmacy: String
    let newPharmacyHint: String
    let daysLeft: String
    let daysLeftHint: String
    let comment: String
    let commentHint: String
    let send: String
    let sent: String
    // Why not
    let notActive: String
    let notRenewableHere: String
    let alreadyRequested: String
    let noCareTeam: String
    let seeRequest: String
    let seeRequestFor: @Sendable (String) -> String
    let writeMessage: String
    // Problems
    let choosePharmacy: String
    let pharmacyNeeded: String
    let pharmacyTooLong: String
    let daysInvalid: String
    let commentTooLong: String
    // Status
    let status: @Sendable (RenewalRequest.Status) -> String
    let approvedWith: @Sendable (Int, String) -> String
    let needsVisitIntro: String
    let requestAppointment: String
    let requestTitle: String
    let medicine: String
    let sentOn: String
    let noteFromTeam: String
    // Staff
    let waitingCount: @Sendable (Int) -> String
    let queueHeading: String
    let noneWaiting: String
    let requestedBy: String
    let currentRefills: String
    let approve: String
    let refills: String
    let refillsHint: String
    let deny: String
    let needsVisit: String
    let noteForFamily: String
    let noteHint: @Sendable (Bool) -> String
    let commentLabel: String
    let refillsInvalid: String
    let noteNeeded: String
    let alreadyDecided: String
    let decided: String
}

extension Strings {
    static let renewals = Translated(english: RenewalsText.english, spanish: RenewalsText.spanish)
}
