import Fluent
import Foundation
import PortalCore

/// One laboratory value (FHIR Observation, category laboratory), in a report or on its own.
public struct LabResult: RecordItem {
    let stored: StoredLabResult

    public var id: UUID { stored.id! }
    public var patientID: UUID { stored.patientID }
    /// The label in force, which decided that this viewer may see the item.
    public var sensitivity: Sensitivity { stored.sensitivity }
    public var reportID: UUID? { stored.$report.id }
    public var restrictionReason: String? { stored.restrictionReason }
    public var restrictedAt: Date? { stored.restrictedAt }
    public var clinicianMark: ClinicianMark? { stored.clinicianMark }
    public var releasedAt: Date? { stored.releasedAt }
    public var codeSystem: String? { stored.codeSystem }
    public var code: String? { stored.code }
    public var name: String { stored.name }
    public var valueKind: String? { stored.valueKind }
    public var valueNumber: Double? { stored.valueNumber }
    public var valueComparator: String? { stored.valueComparator }
    public var valueText: String? { stored.valueText }
    public var unit: String? { stored.unit }
    public var rangeLow: Double? { stored.rangeLow }
    public var rangeHigh: Double? { stored.rangeHigh }
    public var rangeText: String? { stored.rangeText }
    public var interpretation: String? { stored.interpretation }
    public var status: String { stored.status }
    public var wasCorrected: Bool { stored.wasCorrected }
    public var collectedAt: Date { stored.collectedAt }
    public var issuedAt: Date? { stored.issuedAt }
    public var note: String? { stored.note }
}

/// As stored; read only through `PatientRecord`.
final class StoredLabResult: ClinicalItem, @unchecked Sendable {
    static let schema = "lab_results"

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

    @OptionalParent(key: "report_id") var report: StoredLabReport?
    @OptionalField(key: "code_system") var codeSystem: String?
    /// LOINC, when the laboratory sends it: what a trend groups by.
    @OptionalField(key: "code") var code: String?
    @Field(key: "name") var name: String
    /// quantity, text or coded; nil when the result has no value (cancelled).
    @OptionalField(key: "value_kind") var valueKind: String?
    @OptionalField(key: "value_number") var valueNumber: Double?
    @OptionalField(key: "value_comparator") var valueComparator: String?
    /// The text of a text or coded value.
    @OptionalField(key: "value_text") var valueText: String?
    @OptionalField(key: "unit") var unit: String?
    @OptionalField(key: "range_low") var rangeLow: Double?
    @OptionalField(key: "range_high") var rangeHigh: Double?
    @OptionalField(key: "range_text") var rangeText: String?
    /// HL7 v3 ObservationInterpretation code (H, L, HH, LL, A, AA, N ...).
    @OptionalField(key: "interpretation") var interpretation: String?
    @Field(key: "status") var status: String
    /// Set once the laboratory corrects or amends the value, and kept.
    @Field(key: "was_corrected") var wasCorrected: Bool
    @Field(key: "collected_at") var collectedAt: Date
    @OptionalField(key: "issued_at") var issuedAt: Date?
    @OptionalField(key: "note") var note: String?

    var properties: [any AnyProperty] {
        [
            $id, $patientID, $sourceKey, $sourceUpdatedAt, $contentHash, $sensitivityValue, $sourceSensitivity,
            $restrictionReason, $restrictedBy, $restrictedAt, $clinicianMarkValue, $releasedAt, $createdAt, $updatedAt, $report,
            $codeSystem, $code, $name, $valueKind, $valueNumber, $valueComparator, $valueText, $unit, $rangeLow, $rangeHigh,
            $rangeText, $interpretation, $status, $wasCorrected, $collectedAt, $issuedAt, $note,
        ]
    }

    init() {}

    var issuedMoment: Date? { issuedAt ?? collectedAt }
}
