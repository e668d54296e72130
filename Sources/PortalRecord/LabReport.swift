import Fluent
import Foundation
import PortalCore

/// A laboratory report (FHIR DiagnosticReport, category LAB): the panel that groups results,
/// such as a complete blood count.
public struct LabReport: RecordItem {
    let stored: StoredLabReport

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
    public var status: String { stored.status }
    public var collectedAt: Date { stored.collectedAt }
    public var issuedAt: Date? { stored.issuedAt }
    public var conclusion: String? { stored.conclusion }
}

/// As stored; read only through `PatientRecord`.
final class StoredLabReport: ClinicalItem, @unchecked Sendable {
    static let schema = "lab_reports"

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
    @Field(key: "name") var name: String
    @Field(key: "status") var status: String
    @Field(key: "collected_at") var collectedAt: Date
    @OptionalField(key: "issued_at") var issuedAt: Date?
    @OptionalField(key: "conclusion") var conclusion: String?

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
            $codeSystem, $code, $name, $status, $collectedAt, $issuedAt, $conclusion,
        ]
    }

    init() {}

    var issuedMoment: Date? { issuedAt ?? collectedAt }
}
