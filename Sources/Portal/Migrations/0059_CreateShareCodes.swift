import Fluent
import SQLKit

/// Codes families give a school nurse, and every try at one (to show the family each use).
struct CreateShareCodes: AsyncMigration {
    var name: String { "0059_CreateShareCodes" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ShareCodeRecord.schema)
            .id()
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("created_by", .uuid, .required, .references(Member.schema, "id"))
            .field("created_by_patient", .bool, .required)
            .field("kind", .string, .required)
            .field("lookup_key", .string, .required)
            .field("ending", .string, .required)
            .field("note", .string)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("locked_at", .datetime)
            .field("wrong_birth_dates", .int, .required)
            .unique(on: "lookup_key")
            .create()
        try await database.schema(ShareCodeUse.schema)
            .id()
            .field("share_code_id", .uuid, .required, .references(ShareCodeRecord.schema, "id"))
            .field("at", .datetime, .required)
            .field("outcome", .string, .required)
            .field("browser", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "share_codes_patient").on(ShareCodeRecord.schema).column("patient_id").run()
        try await sql.create(index: "share_code_uses_code").on(ShareCodeUse.schema).column("share_code_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ShareCodeUse.schema).delete()
        try await database.schema(ShareCodeRecord.schema).delete()
    }
}
