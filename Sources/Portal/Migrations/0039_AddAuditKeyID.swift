import Fluent

/// The audit key each event's hash was made with; events from before keys have none.
struct AddAuditKeyID: AsyncMigration {
    var name: String { "0039_AddAuditKeyID" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).field("key_id", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).deleteField("key_id").update()
    }
}
