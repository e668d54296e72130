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
            try await writeFirst(on: transaction)
        }
    }

    /// Many holders at once, none while `take` holds the same key: work that only reads what
    /// the exclusive holder changes (an import reading departments' labels while an
    /// administrator marks one) runs alongside its own kind. SQLite's one writer serializes all.
    static func share(_ key: String, on transaction: any Database) async throws {
        guard let sql = transaction as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock_shared(hashtextextended(\(bind: key), 0))").run()
        } else {
            try await writeFirst(on: transaction)
        }
    }

    /// SQLite has one writer: a transaction that reads and then writes is refused at once
    /// (SQLITE_BUSY, no waiting) when another took the write lock between. A first write
    /// takes the lock for the whole transaction (as BEGIN IMMEDIATE would), so what follows
    /// waits its turn and is never overtaken. Nothing on PostgreSQL.
    static func writeFirst(on transaction: any Database) async throws {
        guard let sql = transaction as? any SQLDatabase, sql.dialect.name != "postgresql" else { return }
        try await sql.raw("UPDATE audit_chain_head SET last_sequence = last_sequence WHERE id = 1").run()
    }
}
