import Fluent
import Foundation
import PortalCore

/// Someone's request for a portal account, as they sent it from the enrollment form, and what
/// HIM decided. The answers are the applicant's words, not the hospital's record: HIM
/// matches them to a patient before anything is granted.
final class EnrollmentRequest: Model, @unchecked Sendable {
    static let schema = "enrollment_requests"

    /// Its states, and HIM's decision: `EnrollmentFlow` in PortalCore.
    typealias Status = EnrollmentStatus

    /// Why HIM turned a request down; the e-mail names the reason and nothing more.
    enum RejectionReason: String, Sendable, CaseIterable {
        case documentUnreadable = "document_unreadable"
        case identityNotVerified = "identity_not_verified"
        case noMatchingRecord = "no_matching_record"
        case notEntitled = "not_entitled"
        case duplicate
        case other
    }

    @ID(key: .id) var id: UUID?
    /// The form's one-time key: a double-clicked submit finds the request already made.
    @Field(key: "submission_key") var submissionKey: String
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "language") var language: Language
    @Field(key: "applicant_kind") var applicantKind: String
    @Field(key: "patient_legal_name") var patientLegalName: String
    @Field(key: "patient_birth_date") var patientBirthDate: String
    @Field(key: "patient_zip") var patientZIP: String
    @OptionalField(key: "patient_record_number") var patientRecordNumber: String?
    @Field(key: "applicant_name") var applicantName: String
    @Field(key: "applicant_email") var applicantEmail: String
    @Field(key: "applicant_phone") var applicantPhone: String
    @Field(key: "identification_type") var identificationType: String
    /// Cleared when the retention job deletes the document.
    @OptionalParent(key: "identity_document_id") var identityDocument: StoredDocument?
    @Field(key: "status") var status: String
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalParent(key: "decided_by") var decidedBy: StaffUser?
    @OptionalParent(key: "matched_patient_id") var matchedPatient: Patient?
    @OptionalField(key: "rejection_reason") var rejectionReason: String?
    /// HIM's own words about the decision; never e-mailed.
    @OptionalField(key: "decision_note") var decisionNote: String?
    @OptionalField(key: "document_deleted_at") var documentDeletedAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $submissionKey, $submittedAt, $language, $applicantKind, $patientLegalName, $patientBirthDate, $patientZIP,
            $patientRecordNumber, $applicantName, $applicantEmail, $applicantPhone, $identificationType, $identityDocument,
            $status, $decidedAt, $decidedBy, $matchedPatient, $rejectionReason, $decisionNote, $documentDeletedAt,
        ]
    }

    init() {}

    var applicant: Applicant? { Applicant(rawValue: applicantKind) }
    var statusValue: Status { Status(rawValue: status) ?? .pending }
}
