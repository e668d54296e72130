import Fluent

/// Reports of account misuse, who deactivated an account and why, and invitations that
/// carry a deactivated account's access over to a new one.
struct AccountRecovery: AsyncMigration {
    var name: String { "0017_AccountRecovery" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AccountReport.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("reported_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("closed_by", .uuid, .references(StaffUser.schema, "id"))
            .create()
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema(Member.schema).field("deactivated_at", .datetime).update()
        try await database.schema(Member.schema).field("deactivated_by", .uuid, .references(StaffUser.schema, "id")).update()
        try await database.schema(Member.schema).field("deactivation_reason", .string).update()
        try await database.schema(Invitation.schema).field("replaces_member_id", .uuid, .references(Member.schema, "id"))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Invitation.schema).deleteField("replaces_member_id").update()
        try await database.schema(Member.schema).deleteField("deactivation_reason").update()
        try await database.schema(Member.schema).deleteField("deactivated_by").update()
        try await database.schema(Member.schema).deleteField("deactivated_at").update()
        try await database.schema(AccountReport.schema).delete()
    }
}
