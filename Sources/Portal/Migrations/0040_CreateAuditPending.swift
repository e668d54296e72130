import Fluent

/// Audit events written in the same transaction as the change they record, waiting to be
/// numbered and chained: a crash after the change's commit cannot lose its event. Each is
/// sealed with an audit key, so a row slipped in by someone without it is never chained.
struct CreateAuditPending: AsyncMigration {
    var name: String { "0040_CreateAuditPending" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditPendingEvent.schema)
            .id()
            .field("occurred_at_ms", .int64, .required)
            .field("actor_kind", .string, .required)
            .field("actor_id", .string)
            .field("patient_id", .string)
            .field("action", .string, .required)
            .field("outcome", .string, .required)
            .field("client_address", .string)
            .field("user_agent", .string)
            .field("subject", .string)
            .field("key_id", .string, .required)
            .field("seal", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditPendingEvent.schema).delete()
    }
}
