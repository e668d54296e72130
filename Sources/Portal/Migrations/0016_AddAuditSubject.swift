import Fluent

/// Audit events may name what else they were about; older events have no subject and
/// their hashes are unchanged.
struct AddAuditSubject: AsyncMigration {
    var name: String { "0016_AddAuditSubject" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).field("subject", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).deleteField("subject").update()
    }
}
