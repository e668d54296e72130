import Fluent

struct CreateStaffUsers: AsyncMigration {
    var name: String { "0003_CreateStaffUsers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StaffUser.schema)
            .id()
            .field("email", .string, .required)
            .field("full_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("status", .string, .required)
            .field("language", .string, .required)
            .field("totp_secret", .string)
            .field("totp_last_counter", .int64)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffUser.schema).delete()
    }
}
