import Fluent
import Foundation

/// A vaccine given (FHIR Immunization), as a school's form asks for it.
final class Immunization: ClinicalItem, @unchecked Sendable {
    static let schema = "immunizations"

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

    /// CVX, when present.
    @OptionalField(key: "code_system") var codeSystem: String?
    @OptionalField(key: "code") var code: String?
    @Field(key: "vaccine") var vaccine: String
    /// ISO date: a vaccine is given on a day, which no time zone may move.
    @Field(key: "given_on") var givenOn: String
    @OptionalField(key: "dose_number") var doseNumber: String?
    @OptionalField(key: "series_doses") var seriesDoses: Int?
    @OptionalField(key: "lot_number") var lotNumber: String?
    @OptionalField(key: "site") var site: String?
    /// completed, not-done, entered-in-error.
    @Field(key: "status") var status: String

    init() {}

    var patientID: UUID {
        get { $patient.id }
        set { $patient.id = newValue }
    }

    var issuedMoment: Date? { nil }
}
