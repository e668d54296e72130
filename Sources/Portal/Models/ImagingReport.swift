import Fluent
import Foundation

/// An imaging report (FHIR DiagnosticReport, category RAD): an X-ray, ultrasound, CT or MRI read.
final class ImagingReport: ClinicalItem, @unchecked Sendable {
    static let schema = "imaging_reports"

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
    @Field(key: "name") var name: String
    /// DICOM modality (DX, CR, US, CT, MR ...).
    @OptionalField(key: "modality") var modality: String?
    @OptionalField(key: "body_site") var bodySite: String?
    @OptionalField(key: "findings") var findings: String?
    @OptionalField(key: "impression") var impression: String?
    @Field(key: "status") var status: String
    @Field(key: "performed_at") var performedAt: Date
    @OptionalField(key: "issued_at") var issuedAt: Date?

    init() {}

    var patientID: UUID {
        get { $patient.id }
        set { $patient.id = newValue }
    }

    var issuedMoment: Date? { issuedAt ?? performedAt }
}
