import Fluent

struct CreateEmailChanges: AsyncMigration {
    var name: String { "0046_CreateEmailChanges" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EmailChange.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("new_email", .string, .required)
            .field("token_hash", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EmailChange.schema).delete()
    }
}
