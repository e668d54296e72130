import Fluent
import Foundation
import PortalCore

/// An imaging report (FHIR DiagnosticReport, category RAD): an X-ray, ultrasound, CT or MRI read.
public struct ImagingReport: RecordItem {
    let stored: StoredImagingReport

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
    public var modality: String? { stored.modality }
    public var bodySite: String? { stored.bodySite }
    public var findings: String? { stored.findings }
    public var impression: String? { stored.impression }
    public var status: String { stored.status }
    public var performedAt: Date { stored.performedAt }
    public var issuedAt: Date? { stored.issuedAt }
}

/// As stored; read only through `PatientRecord`.
final class StoredImagingReport: ClinicalItem, @unchecked Sendable {
    static let schema = "imaging_reports"

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
    /// DICOM modality (DX, CR, US, CT, MR ...).
    @OptionalField(key: "modality") var modality: String?
    @OptionalField(key: "body_site") var bodySite: String?
    @OptionalField(key: "findings") var findings: String?
    @OptionalField(key: "impression") var impression: String?
    @Field(key: "status") var status: String
    @Field(key: "performed_at") var performedAt: Date
    @OptionalField(key: "issued_at") var issuedAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
            $codeSystem, $code, $name, $modality, $bodySite, $findings, $impression, $status, $performedAt, $issuedAt,
        ]
    }

    init() {}

    var issuedMoment: Date? { issuedAt ?? performedAt }
}
