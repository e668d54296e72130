import PortalCore

/// What a teenager's forms say about who sees what they send, and how staff are told a
/// request is private to the patient.
struct FamilyAudienceText: Sendable {
    let whoSees: String
    let shareLegend: String
    let shareWithParents: String
    let shareHint: String
    let privateToPatient: String
    let privateToPatientStaffNote: String
}

extension Strings {
    static let familyAudience = Translated(english: FamilyAudienceText.english, spanish: FamilyAudienceText.spanish)
}
