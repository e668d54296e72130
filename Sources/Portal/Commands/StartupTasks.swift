import Fluent
import Vapor

/// At boot, an SQLite file's write-ahead log (every command). Then development conveniences:
/// migrate, seed an empty database, and say where to go;
/// under the migration lock, so nodes started together on one empty database migrate and
/// seed it once. Production does none of these (the configuration turns them off), and
/// waits for `portal migrate` to bring the database up to date before it serves.
struct StartupTasks: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        let config = app.portal.config
        if case .sqliteFile = config.database { try await SQLiteJournal.useWriteAheadLog(app.db) }
        guard Self.command(app) != "migrate" else { return }
        guard config.autoMigrate else {
            if Self.command(app) == "serve" { try await Self.requireMigrated(app) }
            return
        }
        let seeds = config.seedDemoData && Self.command(app) == "serve"
        try await MigrationLock.holding(app) {
            try await app.autoMigrate()
            if seeds { try await DemoData.seedIfEmpty(app) }
        }
        app.portal.serverState.schemaIsCurrent()
    }

    func didBootAsync(_ app: Application) async throws {
        let config = app.portal.config
        guard config.mode == .development, Self.command(app) == "serve" else { return }
        let database: String
        switch config.database {
        case .sqliteFile(let path): database = "SQLite file \(path)"
        case .sqliteInMemory: database = "in-memory SQLite"
        case .postgres: database = "PostgreSQL"
        }
        var banner = """

            \(config.hospitalName) patient portal (development, \(database))
            Open \(config.publicURL.absoluteString) in your browser. Stop with Ctrl-C.

            """
        // The demo sign-in guide names (demo) people: it is for a person at a terminal, never
        // for a log collector reading JSON, which gets where to open the portal alone.
        guard config.logFormat == .text else {
            app.logger.notice(
                "portal started", metadata: ["url": .string(config.publicURL.absoluteString), "database": .string(database)])
            return
        }
        if config.seedDemoData { banner += try await DemoData.signInGuide(app) + "\n" }
        app.logger.notice("\(banner)")
    }

    /// Waits for the schema to be current (another node's or the release's `portal migrate`
    /// may be running), up to `STARTUP_WAIT_SECONDS`, then refuses to serve.
    static func requireMigrated(_ app: Application) async throws {
        let deadline = Date().addingTimeInterval(app.portal.config.startupWait)
        var told = false
        while true {
            let pending = try? await app.migrator.previewPrepareBatch().get().count
            if pending == 0 {
                app.portal.serverState.schemaIsCurrent()
                return
            }
            guard Date() < deadline else {
                throw CommandFailure(
                    description: pending == nil
                        ? "The database has not been migrated, or cannot be read. Run `portal migrate`; if that fails, check DATABASE_URL."
                        : "The database is \(pending!) migration(s) behind this version. Run `portal migrate` first.")
            }
            if !told {
                app.logger.notice("waiting for `portal migrate` to bring the database up to date")
                told = true
            }
            try await Task.sleep(for: .seconds(2))
        }
    }

    /// The command this process runs; `serve` when none is named.
    static func command(_ app: Application) -> String {
        let arguments = app.environment.arguments.dropFirst()
        guard let first = arguments.first, !first.hasPrefix("-") else { return "serve" }
        return first
    }
}
