import Fluent
import Foundation

/// One laboratory value (FHIR Observation, category laboratory), in a report or on its own.
final class LabResult: ClinicalItem, @unchecked Sendable {
    static let schema = "lab_results"

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

    @OptionalParent(key: "report_id") var report: LabReport?
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

    init() {}

    var patientID: UUID {
        get { $patient.id }
        set { $patient.id = newValue }
    }

    var issuedMoment: Date? { issuedAt ?? collectedAt }
}
