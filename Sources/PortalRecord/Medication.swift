import Fluent
import Foundation
import PortalCore

/// A medication order (FHIR MedicationRequest).
public struct Medication: RecordItem {
    let stored: StoredMedication

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
    public var name: String { stored.name }
    public var dose: String? { stored.dose }
    public var instructions: String? { stored.instructions }
    public var prescriber: String? { stored.prescriber }
    public var startedOn: String? { stored.startedOn }
    public var refills: Int? { stored.refills }
    public var pharmacy: String? { stored.pharmacy }
    public var status: String { stored.status }
    public var renewableThroughPortal: Bool { stored.renewableThroughPortal }
}

/// As stored; read only through `PatientRecord`.
final class StoredMedication: ClinicalItem, @unchecked Sendable {
    static let schema = "medications"

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

    /// RxNorm, when present.
    @OptionalField(key: "code_system") var codeSystem: String?
    @OptionalField(key: "code") var code: String?
    @Field(key: "name") var name: String
    @OptionalField(key: "dose") var dose: String?
    @OptionalField(key: "instructions") var instructions: String?
    @OptionalField(key: "prescriber") var prescriber: String?
    /// ISO date.
    @OptionalField(key: "started_on") var startedOn: String?
    @OptionalField(key: "refills") var refills: Int?
    @OptionalField(key: "pharmacy") var pharmacy: String?
    /// FHIR MedicationRequest.status: active, on-hold, stopped, completed, cancelled ...
    @Field(key: "status") var status: String
    /// False for a medicine the hospital renews only after talking to the family.
    @Field(key: "renewable_through_portal") var renewableThroughPortal: Bool

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
            $codeSystem, $code, $name, $dose, $instructions, $prescriber, $startedOn, $refills, $pharmacy, $status,
            $renewableThroughPortal,
        ]
    }

    init() {}

    var issuedMoment: Date? { nil }
}
