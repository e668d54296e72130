import Fluent

/// HIM reviews each staff account an administrator gave access to patient records, as it
/// reviews broken glass: when and by whom.
struct ReviewedAccessChanges: AsyncMigration {
    var name: String { "0048_ReviewedAccessChanges" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema(StaffAccountChange.schema).field("reviewed_at", .datetime).update()
        try await database.schema(StaffAccountChange.schema)
            .field("reviewed_by", .uuid, .references(StaffUser.schema, "id")).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffAccountChange.schema).deleteField("reviewed_by").update()
        try await database.schema(StaffAccountChange.schema).deleteField("reviewed_at").update()
    }
}
