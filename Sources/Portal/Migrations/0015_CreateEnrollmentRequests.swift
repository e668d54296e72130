import Fluent

struct CreateEnrollmentRequests: AsyncMigration {
    var name: String { "0015_CreateEnrollmentRequests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EnrollmentRequest.schema)
            .id()
            .field("submission_key", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("language", .string, .required)
            .field("applicant_kind", .string, .required)
            .field("patient_legal_name", .string, .required)
            .field("patient_birth_date", .string, .required)
            .field("patient_zip", .string, .required)
            .field("patient_record_number", .string)
            .field("applicant_name", .string, .required)
            .field("applicant_email", .string, .required)
            .field("applicant_phone", .string, .required)
            .field("identification_type", .string, .required)
            .field("identity_document_id", .uuid, .references(StoredDocument.schema, "id"))
            .field("status", .string, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid, .references(StaffUser.schema, "id"))
            .field("matched_patient_id", .uuid, .references(Patient.schema, "id"))
            .field("rejection_reason", .string)
            .field("decision_note", .string)
            .field("document_deleted_at", .datetime)
            .unique(on: "submission_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EnrollmentRequest.schema).delete()
    }
}
