import Fluent

struct CreatePasswordResets: AsyncMigration {
    var name: String { "0041_CreatePasswordResets" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordReset.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("token_hash", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("proof_hash", .string)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PasswordReset.schema).delete()
    }
}
