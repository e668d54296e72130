import Fluent

struct CreateUserSessions: AsyncMigration {
    var name: String { "0005_CreateUserSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserSession.schema)
            .field("id", .string, .identifier(auto: false))
            .field("member_id", .uuid, .references(Member.schema, "id"))
            .field("staff_user_id", .uuid, .references(StaffUser.schema, "id"))
            .field("stage", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("client_address", .string)
            .field("user_agent", .string)
            .field("pending_totp_secret", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserSession.schema).delete()
    }
}
