import Fluent
import SQLKit
import Vapor

/// `portal migrate`, in place of Fluent's: the release step that brings the schema up to
/// date, under a PostgreSQL advisory lock, so that two nodes (or a node and a release job)
/// starting together run each migration once; the second waits, then finds nothing to do.
struct LockedMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "yes", short: "y", help: "Accepted for compatibility: migrating asks no questions.")
        var yes: Bool
    }

    var help: String { "Brings the database schema up to date, once across the cluster." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let applied = try await MigrationLock.holding(app) {
            let pending = try await app.migrator.previewPrepareBatch().get().count
            try await app.autoMigrate()
            return pending
        }
        app.logger.notice("migrations done", metadata: ["applied": .stringConvertible(applied)])
    }
}

/// A PostgreSQL advisory lock held on one connection while migrations (and development
/// seeding) run on any; on SQLite there is one process, and no lock is needed.
enum MigrationLock {
    /// "portal migrations", as a 64-bit key: any fixed number every node agrees on.
    static let key: Int64 = 0x706F_7274_616C_6D67

    static func holding<T: Sendable>(_ app: Application, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let sql = app.db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return try await work() }
        return try await sql.withSession { session in
            try await session.raw("SELECT pg_advisory_lock(\(bind: key))").run()
            do {
                let result = try await work()
                try await session.raw("SELECT pg_advisory_unlock(\(bind: key))").run()
                return result
            } catch {
                try? await session.raw("SELECT pg_advisory_unlock(\(bind: key))").run()
                throw error
            }
        }
    }
}
