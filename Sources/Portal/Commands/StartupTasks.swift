import Fluent
import Vapor

/// Development conveniences at boot: migrate, seed an empty database, and say where to go.
/// Production does none of these (the configuration turns them off), and will not serve
/// from a database that `portal migrate` has not brought up to date.
struct StartupTasks: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        let config = app.portal.config
        guard Self.command(app) != "migrate" else { return }
        guard config.autoMigrate else {
            if Self.command(app) == "serve" { try await Self.requireMigrated(app) }
            return
        }
        try await app.autoMigrate()
        if config.seedDemoData, Self.command(app) == "serve" {
            try await DemoData.seedIfEmpty(app)
        }
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
        if config.seedDemoData { banner += try await DemoData.signInGuide(app) + "\n" }
        print(banner)
    }

    static func requireMigrated(_ app: Application) async throws {
        let pending: Int
        do {
            pending = try await app.migrator.previewPrepareBatch().get().count
        } catch {
            throw CommandFailure(
                description: "The database has not been migrated, or cannot be read. "
                    + "Run `portal migrate`; if that fails, check DATABASE_URL.")
        }
        if pending > 0 {
            throw CommandFailure(
                description: "The database is \(pending) migration(s) behind this version. Run `portal migrate` first.")
        }
    }

    /// The command this process runs; `serve` when none is named.
    static func command(_ app: Application) -> String {
        let arguments = app.environment.arguments.dropFirst()
        guard let first = arguments.first, !first.hasPrefix("-") else { return "serve" }
        return first
    }
}
