import Fluent
import SQLKit

/// PostgreSQL's TRUNCATE skips row triggers: the trail would be emptied whole by the
/// application's own role. A statement trigger refuses it as UPDATE and DELETE are refused.
/// (SQLite has no TRUNCATE; its DELETE trigger already covers an unqualified DELETE.)
struct RefuseAuditTruncate: AsyncMigration {
    var name: String { "0037_RefuseAuditTruncate" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw(
            """
            CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events").run()
    }
}
