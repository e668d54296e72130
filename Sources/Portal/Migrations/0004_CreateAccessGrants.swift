import Fluent

struct CreateAccessGrants: AsyncMigration {
    var name: String { "0004_CreateAccessGrants" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AccessGrant.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("relationship", .string, .required)
            .field("kind", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime)
            .field("reason", .string)
            .field("revoked_at", .datetime)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccessGrant.schema).delete()
    }
}
