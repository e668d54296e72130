import Fluent
import Foundation
import PortalCore

/// A document in a patient's record (FHIR DocumentReference): an after-visit summary, a
/// note, a letter. Read only through `PatientRecord`, which applies the access decision.
final class ClinicalDocument: Model, @unchecked Sendable {
    static let schema = "clinical_documents"

    /// FHIR DocumentReference.status.
    enum Status: String, Sendable, CaseIterable {
        case current, superseded
        case enteredInError = "entered-in-error"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    /// LOINC document type, for example 34117-2 (history and physical note).
    @Field(key: "type_code") var typeCode: String
    @Field(key: "title") var title: String
    @Field(key: "author") var author: String
    @Field(key: "written_at") var writtenAt: Date
    @Field(key: "status") var status: String
    @Field(key: "body") var body: String
    /// `Sensitivity.storageValue`: what the access policy filters on.
    @Field(key: "sensitivity") var sensitivityValue: String
    /// Why a clinician restricted the item; required when it is restricted.
    @OptionalField(key: "restriction_reason") var restrictionReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        patientID: UUID, typeCode: String, title: String, author: String, writtenAt: Date, status: Status = .current,
        body: String, sensitivity: Sensitivity, restrictionReason: String? = nil
    ) {
        self.$patient.id = patientID
        self.typeCode = typeCode
        self.title = title
        self.author = author
        self.writtenAt = writtenAt
        self.status = status.rawValue
        self.body = body
        self.sensitivityValue = sensitivity.storageValue
        self.restrictionReason = restrictionReason
    }

    var sensitivity: Sensitivity { Sensitivity(storageValue: sensitivityValue) }
}
