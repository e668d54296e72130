import Fluent
import Foundation
import SQLKit
import Testing

@testable import Portal

@Suite("SQLite's journal")
struct SQLiteJournalTests {
    @Test("A database file runs with the write-ahead log and synchronous FULL, and keeps what was written")
    func writeAheadLog() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("portal-wal-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await withTestApp(environment: ["SQLITE_PATH": path]) { world in
            // A run on PostgreSQL has no SQLite file to look at.
            guard case .sqliteFile = world.config.database else { return }
            try await SQLiteJournal.useWriteAheadLog(world.app.db)
            let patient = try await Fixtures.patient(world, name: "Ada Okafor", bornYearsAgo: 9)
            // A connection reports the file's mode once it has read from it: the read and the
            // questions go on one connection, a transaction's.
            let (mode, synchronous) = try await world.app.db.transaction { db in
                #expect(try await Patient.find(patient.id, on: db)?.legalName == "Ada Okafor")
                let sql = try #require(db as? any SQLDatabase)
                return (
                    try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self),
                    try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
                )
            }
            #expect(
                mode == "wal" && synchronous == SQLiteJournal.full,
                "\(String(describing: mode)) \(String(describing: synchronous))")
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test("Every connection sleeps between tries at a locked database instead of spinning on a core")
    func busyTimeout() async throws {
        try await withTestApp { world in
            guard world.config.database.isSQLite else { return }
            let timeouts = try await SQLiteBusyWait.current(world.app)
            #expect(!timeouts.isEmpty && timeouts.allSatisfy { $0 == world.config.databasePoolWaitSeconds * 1000 }, "\(timeouts)")
        }
    }
}
