import Fluent
import Foundation
import PortalCore
import SQLKit

/// A laboratory report (FHIR DiagnosticReport, category LAB): the panel that groups results,
/// such as a complete blood count.
public struct LabReport: RecordItem {
    public let id: UUID
    public let patientID: UUID
    /// The label in force, which decided that this viewer may see the item.
    public let sensitivity: Sensitivity
    public let restrictionReason: String?
    public let restrictedAt: Date?
    public let clinicianMark: ClinicianMark?
    public let releasedAt: Date?
    public let codeSystem: String?
    public let code: String?
    public let name: String
    public let status: String
    public let collectedAt: Date
    public let issuedAt: Date?
    public let conclusion: String?

    init(_ stored: StoredLabReport) {
        id = stored.id!
        patientID = stored.patientID
        sensitivity = stored.sensitivity
        restrictionReason = stored.restrictionReason
        restrictedAt = stored.restrictedAt
        clinicianMark = stored.clinicianMark
        releasedAt = stored.releasedAt
        codeSystem = stored.codeSystem
        code = stored.code
        name = stored.name
        status = stored.status
        collectedAt = stored.collectedAt
        issuedAt = stored.issuedAt
        conclusion = stored.conclusion
    }

    /// Column by column (`PatientRecord.plain`). The labels are read as the model reads them.
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        patientID = try row.decode(column: "patient_id", as: UUID.self)
        sensitivity = Sensitivity(storageValue: try row.decode(column: "sensitivity", as: String.self))
        restrictionReason = try row.optional("restriction_reason", as: String.self)
        restrictedAt = try row.optional("restricted_at", as: Date.self)
        clinicianMark = ClinicianMark(
            markedAt: restrictedAt != nil, storageValue: try row.optional("clinician_mark", as: String.self))
        releasedAt = try row.optional("released_at", as: Date.self)
        codeSystem = try row.optional("code_system", as: String.self)
        code = try row.optional("code", as: String.self)
        name = try row.decode(column: "name", as: String.self)
        status = try row.decode(column: "status", as: String.self)
        collectedAt = try row.decode(column: "collected_at", as: Date.self)
        issuedAt = try row.optional("issued_at", as: Date.self)
        conclusion = try row.optional("conclusion", as: String.self)
    }

    static let columns = [
        "id", "patient_id", "sensitivity", "restriction_reason", "restricted_at", "clinician_mark", "released_at",
        "code_system", "code", "name", "status", "collected_at", "issued_at", "conclusion",
    ]
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
