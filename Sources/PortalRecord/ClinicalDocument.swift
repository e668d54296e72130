import Fluent
import Foundation
import PortalCore

/// A document in a patient's record (FHIR DocumentReference): an after-visit summary, a
/// note, a letter. Read only through `PatientRecord`, which applies the access decision.
public struct ClinicalDocument: RecordItem {
    let stored: StoredClinicalDocument

    public var id: UUID { stored.id! }
    public var patientID: UUID { stored.patientID }
    /// The label in force, which decided that this viewer may see the item.
    public var sensitivity: Sensitivity { stored.sensitivity }
    public var typeCode: String { stored.typeCode }
    public var title: String { stored.title }
    public var author: String { stored.author }
    public var writtenAt: Date { stored.writtenAt }
    public var status: String { stored.status }
    public var documentStatus: String? { stored.documentStatus }
    public var encounter: String? { stored.encounter }
    public var contentType: String? { stored.contentType }
    public var body: String { stored.body }
    public var attachment: Data? { stored.attachment }
    public var restrictionReason: String? { stored.restrictionReason }
    public var restrictedAt: Date? { stored.restrictedAt }
    public var clinicianMark: ClinicianMark? { stored.clinicianMark }
    public var releasedAt: Date? { stored.releasedAt }
}

/// As stored; read only through `PatientRecord`.
final class StoredClinicalDocument: ClinicalItem, @unchecked Sendable {
    static let schema = "clinical_documents"

    /// FHIR DocumentReference.status.
    enum Status: String, Sendable, CaseIterable {
        case current, superseded
        case enteredInError = "entered-in-error"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "patient_id") var patientID: UUID
    /// LOINC document type, for example 34117-2 (history and physical note).
    @Field(key: "type_code") var typeCode: String
    @Field(key: "title") var title: String
    /// Empty when the EHR names no author.
    @Field(key: "author") var author: String
    @Field(key: "written_at") var writtenAt: Date
    @Field(key: "status") var status: String
    /// FHIR docStatus: only final and amended documents are released to families.
    @OptionalField(key: "doc_status") var documentStatus: String?
    @OptionalField(key: "encounter") var encounter: String?
    /// The source key of the visit it belongs to, whose label it takes when stricter.
    @OptionalField(key: "visit_key") var visitKey: String?
    /// text/plain, text/html (sanitized on import) or application/pdf (in `attachment`).
    @OptionalField(key: "content_type") var contentType: String?
    /// Plain text, or the sanitized HTML; empty for a PDF.
    @Field(key: "body") var body: String
    @OptionalField(key: "attachment") var attachment: Data?
    /// `Sensitivity.storageValue`: what the access policy filters on.
    @Field(key: "sensitivity") var sensitivityValue: String
    /// Why a clinician restricted the item; required when it is restricted.
    @OptionalField(key: "restriction_reason") var restrictionReason: String?
    @OptionalField(key: "source_key") var sourceKey: String?
    @OptionalField(key: "source_updated_at") var sourceUpdatedAt: Date?
    @OptionalField(key: "content_hash") var contentHash: String?
    @OptionalField(key: "source_sensitivity") var sourceSensitivity: String?
    @OptionalField(key: "restricted_by") var restrictedBy: UUID?
    @OptionalField(key: "restricted_at") var restrictedAt: Date?
    @OptionalField(key: "clinician_mark") var clinicianMarkValue: String?
    @OptionalField(key: "released_at") var releasedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $typeCode, $title, $author, $writtenAt, $status, $documentStatus, $encounter, $visitKey,
            $contentType, $body, $attachment, $sensitivityValue, $restrictionReason, $sourceKey, $sourceUpdatedAt, $contentHash,
            $sourceSensitivity, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt,
        ]
    }

    init() {}

    init(
        patientID: UUID, typeCode: String, title: String, author: String, writtenAt: Date, status: Status = .current,
        body: String, sensitivity: Sensitivity, restrictionReason: String? = nil
    ) {
        self.patientID = patientID
        self.typeCode = typeCode
        self.title = title
        self.author = author
        self.writtenAt = writtenAt
        self.status = status.rawValue
        self.body = body
        self.sensitivityValue = sensitivity.storageValue
        self.sourceSensitivity = sensitivity.storageValue
        self.restrictionReason = restrictionReason
        self.documentStatus = "final"
        self.contentType = "text/plain"
        self.releasedAt = writtenAt
    }

    var issuedMoment: Date? { writtenAt }

}
