import Fluent
import Foundation

final class Patient: Model, @unchecked Sendable {
    static let schema = "patients"

    @ID(key: .id) var id: UUID?
    @Field(key: "medical_record_number") var medicalRecordNumber: String
    @Field(key: "legal_name") var legalName: String
    @OptionalField(key: "preferred_name") var preferredName: String?
    /// ISO `YYYY-MM-DD`: a calendar date, never an instant, so no time zone can shift it.
    @Field(key: "birth_date") var birthDate: String
    @Field(key: "sex") var sex: String
    @Field(key: "zip_code") var zipCode: String
    @Field(key: "preferred_language") var preferredLanguage: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $medicalRecordNumber, $legalName, $preferredName, $birthDate, $sex, $zipCode, $preferredLanguage, $createdAt]
    }

    init() {}

    init(
        id: UUID? = nil, medicalRecordNumber: String, legalName: String, preferredName: String? = nil,
        birthDate: String, sex: String, zipCode: String, preferredLanguage: String = "en"
    ) {
        self.id = id
        self.medicalRecordNumber = medicalRecordNumber
        self.legalName = legalName
        self.preferredName = preferredName
        self.birthDate = birthDate
        self.sex = sex
        self.zipCode = zipCode
        self.preferredLanguage = preferredLanguage
    }

    /// The name the family uses, shown in headers and lists.
    var shownName: String { preferredName ?? legalName }
}
