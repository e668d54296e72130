import Fluent

/// Recovery codes of 80 bits kept as salted bcrypt, for staff as well as members. The earlier
/// codes (50 bits, unsalted SHA-256) go: their owners see that they have none and make new
/// ones after confirming their password.
struct StrengthenRecoveryCodes: AsyncMigration {
    var name: String { "0042_StrengthenRecoveryCodes" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RecoveryCode.schema)
            .id()
            .field("member_id", .uuid, .references(Member.schema, "id"))
            .field("staff_user_id", .uuid, .references(StaffUser.schema, "id"))
            .field("code_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "code_hash")
            .create()
        try await database.schema("recovery_codes").delete()
        // One column per statement: SQLite adds columns one at a time.
        try await database.schema(UserSession.schema).field("reauthenticated_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserSession.schema).deleteField("reauthenticated_at").update()
        try await database.schema("recovery_codes")
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("code_hash", .string, .required)
            .field("used_at", .datetime)
            .create()
        try await database.schema(RecoveryCode.schema).delete()
    }
}
