import PortalCore

/// Everything that can be wrong with an enrollment request, each with the field it belongs to and a
/// message a parent can act on.
enum EnrollmentProblem: Hashable, Sendable {
    case chooseApplicant
    case patientNameMissing, patientNameInvalid
    case birthDate(EnrollmentRules.BirthDateProblem)
    case zipInvalid
    case recordNumberInvalid
    case applicantNameMissing, applicantNameInvalid
    case emailInvalid
    case phoneInvalid
    case chooseIdentification
    case identificationNeedsGovernmentPhotoID
    case ageRule(EnrollmentRules.Refusal)
    case upload(DocumentVault.Refusal)
    /// Too many requests from this client or for this e-mail address; minutes to wait.
    case tooManyRequests(minutes: Int)

    var field: String {
        switch self {
        case .chooseApplicant, .ageRule: "applicant"
        case .patientNameMissing, .patientNameInvalid: "patient_name"
        case .birthDate: "patient_birth_date"
        case .zipInvalid: "patient_zip"
        case .recordNumberInvalid: "patient_record_number"
        case .applicantNameMissing, .applicantNameInvalid: "applicant_name"
        case .emailInvalid, .tooManyRequests: "applicant_email"
        case .phoneInvalid: "applicant_phone"
        case .chooseIdentification, .identificationNeedsGovernmentPhotoID: "identification_type"
        case .upload: "document"
        }
    }

    func message(_ language: Language) -> String { Strings.enrollment.problem(self)(language) }
}
