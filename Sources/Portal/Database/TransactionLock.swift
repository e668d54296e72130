import Fluent
import SQLKit

/// Serializes the transactions that count something and then write for the same key (the
/// guest links of one visit, say): held until the transaction ends, on every app server.
/// A count followed by an insert is otherwise a race under PostgreSQL's read committed.
enum TransactionLock {
    static func take(_ key: String, on transaction: any Database) async throws {
        guard let sql = transaction as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(hashtextextended(\(bind: key), 0))").run()
        } else {
            // SQLite has one writer: a first write takes its lock for the whole transaction,
            // so the count that follows cannot be overtaken (and is never refused as stale).
            try await sql.raw("UPDATE audit_chain_head SET last_sequence = last_sequence WHERE id = 1").run()
        }
    }
}
