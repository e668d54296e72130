import Fluent
import Foundation

/// An allergy or intolerance (FHIR AllergyIntolerance).
final class Allergy: ClinicalItem, @unchecked Sendable {
    static let schema = "allergies"

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @OptionalField(key: "source_key") var sourceKey: String?
    @OptionalField(key: "source_updated_at") var sourceUpdatedAt: Date?
    @OptionalField(key: "content_hash") var contentHash: String?
    @Field(key: "sensitivity") var sensitivityValue: String
    @OptionalField(key: "source_sensitivity") var sourceSensitivity: String?
    @OptionalField(key: "restriction_reason") var restrictionReason: String?
    @OptionalField(key: "restricted_by") var restrictedBy: UUID?
    @OptionalField(key: "restricted_at") var restrictedAt: Date?
    @OptionalField(key: "released_at") var releasedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @OptionalField(key: "code_system") var codeSystem: String?
    @OptionalField(key: "code") var code: String?
    @Field(key: "substance") var substance: String
    /// allergy or intolerance.
    @OptionalField(key: "allergy_type") var allergyType: String?
    /// One reaction per line.
    @Field(key: "reactions") var reactions: String
    @OptionalField(key: "severity") var severity: String?
    @OptionalField(key: "criticality") var criticality: String?
    @Field(key: "clinical_status") var clinicalStatus: String
    @OptionalField(key: "verification_status") var verificationStatus: String?
    /// ISO date.
    @OptionalField(key: "recorded_on") var recordedOn: String?

    init() {}

    var patientID: UUID {
        get { $patient.id }
        set { $patient.id = newValue }
    }

    var issuedMoment: Date? { nil }
}
