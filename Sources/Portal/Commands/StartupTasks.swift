import Fluent
import Vapor

/// Development conveniences at boot: migrate, seed an empty database, and say where to go.
/// Production does none of these (the configuration turns them off).
struct StartupTasks: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        let config = app.portal.config
        guard config.autoMigrate, Self.command(app) != "migrate" else { return }
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

    /// The command this process runs; `serve` when none is named.
    static func command(_ app: Application) -> String {
        let arguments = app.environment.arguments.dropFirst()
        guard let first = arguments.first, !first.hasPrefix("-") else { return "serve" }
        return first
    }
}
