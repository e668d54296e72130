import Fluent
import PortalCore
import SQLKit

/// The audit trail, made append-only by the database itself: a trigger refuses every
/// UPDATE and DELETE on `audit_events`, on SQLite and on PostgreSQL alike.
struct CreateAuditTrail: AsyncMigration {
    var name: String { "0006_CreateAuditTrail" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .field("sequence", .int64, .identifier(auto: false))
            .field("occurred_at_ms", .int64, .required)
            .field("actor_kind", .string, .required)
            .field("actor_id", .string)
            .field("patient_id", .string)
            .field("action", .string, .required)
            .field("outcome", .string, .required)
            .field("client_address", .string)
            .field("user_agent", .string)
            .field("hash", .string, .required)
            .create()
        try await database.schema(AuditChainHead.schema)
            .field("id", .int, .identifier(auto: false))
            .field("last_sequence", .int64, .required)
            .field("last_hash", .string, .required)
            .create()
        try await AuditChainHead(lastSequence: 0, lastHash: AuditChain.genesisHash).create(on: database)

        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """
            ).run()
        } else {
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw(
                    """
                    CREATE TRIGGER audit_events_no_\(unsafeRaw: operation.lowercased()) BEFORE \(unsafeRaw: operation) ON audit_events
                    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_events_append_only() CASCADE").run()
        }
        try await database.schema(AuditChainHead.schema).delete()
        try await database.schema(AuditEvent.schema).delete()
    }
}
