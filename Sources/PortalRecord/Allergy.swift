import Fluent
import Foundation
import PortalCore

/// An allergy or intolerance (FHIR AllergyIntolerance).
public struct Allergy: RecordItem {
    let stored: StoredAllergy

    public var id: UUID { stored.id! }
    public var patientID: UUID { stored.patientID }
    /// The label in force, which decided that this viewer may see the item.
    public var sensitivity: Sensitivity { stored.sensitivity }
    public var restrictionReason: String? { stored.restrictionReason }
    public var restrictedAt: Date? { stored.restrictedAt }
    public var clinicianMark: ClinicianMark? { stored.clinicianMark }
    public var releasedAt: Date? { stored.releasedAt }
    public var codeSystem: String? { stored.codeSystem }
    public var code: String? { stored.code }
    public var substance: String { stored.substance }
    public var allergyType: String? { stored.allergyType }
    public var reactions: String { stored.reactions }
    public var severity: String? { stored.severity }
    public var criticality: String? { stored.criticality }
    public var clinicalStatus: String { stored.clinicalStatus }
    public var verificationStatus: String? { stored.verificationStatus }
    public var recordedOn: String? { stored.recordedOn }
}

/// As stored; read only through `PatientRecord`.
final class StoredAllergy: ClinicalItem, @unchecked Sendable {
    static let schema = "allergies"

    @ID(key: .id) var id: UUID?
    @Field(key: "patient_id") var patientID: UUID
    @OptionalField(key: "source_key") var sourceKey: String?
    @OptionalField(key: "source_updated_at") var sourceUpdatedAt: Date?
    @OptionalField(key: "content_hash") var contentHash: String?
    @Field(key: "sensitivity") var sensitivityValue: String
    @OptionalField(key: "source_sensitivity") var sourceSensitivity: String?
    @OptionalField(key: "restriction_reason") var restrictionReason: String?
    @OptionalField(key: "restricted_by") var restrictedBy: UUID?
    @OptionalField(key: "restricted_at") var restrictedAt: Date?
    @OptionalField(key: "clinician_mark") var clinicianMarkValue: String?
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

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
            $codeSystem, $code, $substance, $allergyType, $reactions, $severity, $criticality, $clinicalStatus,
            $verificationStatus, $recordedOn,
        ]
    }

    init() {}

    var issuedMoment: Date? { nil }
}
