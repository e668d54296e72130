import FluentKit
import SQLKit

/// SQLite's write-ahead log in place of its default rollback journal: pages are read while
/// the one writer writes (the audit's insert, a reply) instead of waiting behind it. The mode
/// is kept in the database file, so whichever command opens the file first sets it.
///
/// Durability stays what the portal promises, an acknowledged change survives a power cut:
/// with the log, that needs `synchronous` FULL (each commit is on disk before it returns),
/// SQLite's default and the portal's SQLite's. A file that cannot keep either is refused.
enum SQLiteJournal {
    struct NotDurable: Error, CustomStringConvertible {
        let journalMode: String
        let synchronous: Int
        var description: String {
            "SQLite would run with journal_mode \(journalMode) and synchronous \(synchronous); the portal needs wal and 2 (FULL)"
        }
    }

    static let full = 2

    static func useWriteAheadLog(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let mode = try await sql.raw("PRAGMA journal_mode = WAL").first()?.decode(column: "journal_mode", as: String.self) ?? ""
        let synchronous = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self) ?? 0
        guard mode.lowercased() == "wal", synchronous >= full else {
            throw NotDurable(journalMode: mode, synchronous: synchronous)
        }
    }
}
