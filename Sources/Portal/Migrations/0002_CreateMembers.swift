import Fluent

struct CreateMembers: AsyncMigration {
    var name: String { "0002_CreateMembers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Member.schema)
            .id()
            .field("email", .string, .required)
            .field("full_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string, .required)
            .field("status", .string, .required)
            .field("totp_secret", .string)
            .field("totp_last_counter", .int64)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Member.schema).delete()
    }
}
