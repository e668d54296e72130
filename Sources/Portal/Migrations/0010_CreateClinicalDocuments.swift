import Fluent
import PortalRecord
import SQLKit

struct CreateClinicalDocuments: AsyncMigration {
    var name: String { "0010_CreateClinicalDocuments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("clinical_documents")
            .id()
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("type_code", .string, .required)
            .field("title", .string, .required)
            .field("author", .string, .required)
            .field("written_at", .datetime, .required)
            .field("status", .string, .required)
            .field("body", .string, .required)
            .field("sensitivity", .string, .required)
            .field("restriction_reason", .string)
            .field("created_at", .datetime)
            .create()
        // Every read is "this patient's items with these labels, newest first".
        try await (database as? any SQLDatabase)?
            .create(index: "clinical_documents_patient_label_time").on("clinical_documents")
            .column("patient_id").column("sensitivity").column("written_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("clinical_documents").delete()
    }
}
