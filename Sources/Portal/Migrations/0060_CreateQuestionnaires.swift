import Fluent
import PortalRecord

/// Intake questionnaires (FHIR R4, as the EHR or an administrator loads them) and which
/// departments ask which before a visit.
struct CreateQuestionnaires: AsyncMigration {
    var name: String { "0060_CreateQuestionnaires" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredQuestionnaire.schema)
            .id()
            .field("url", .string, .required)
            .field("version", .string, .required)
            .field("title_en", .string, .required)
            .field("title_es", .string, .required)
            .field("confidential", .bool, .required)
            .field("content", .string, .required)
            .field("content_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "url", "version")
            .create()
        try await database.schema(DepartmentQuestionnaire.schema)
            .id()
            .field("department_id", .uuid, .required, .references(Department.schema, "id"))
            .field("questionnaire_id", .uuid, .required, .references(StoredQuestionnaire.schema, "id"))
            .unique(on: "department_id", "questionnaire_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DepartmentQuestionnaire.schema).delete()
        try await database.schema(StoredQuestionnaire.schema).delete()
    }
}
