import Fluent
import Foundation

/// A laboratory report (FHIR DiagnosticReport, category LAB): the panel that groups results,
/// such as a complete blood count.
final class LabReport: ClinicalItem, @unchecked Sendable {
    static let schema = "lab_reports"

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
    @Field(key: "status") var status: String
    @Field(key: "collected_at") var collectedAt: Date
    @OptionalField(key: "issued_at") var issuedAt: Date?
    @OptionalField(key: "conclusion") var conclusion: String?

    init() {}

    var patientID: UUID {
        get { $patient.id }
        set { $patient.id = newValue }
    }

    var issuedMoment: Date? { issuedAt ?? collectedAt }
}
