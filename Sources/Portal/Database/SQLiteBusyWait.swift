import FluentKit
import SQLKit
import Vapor

/// SQLite's driver answers a database locked by another connection by trying again at once,
/// without end: a connection waiting for the one writer spins on a core. On two cores a few
/// spinning waiters starve the writer they wait for, and a burst of twenty changes took
/// minutes in a loaded test run. SQLite's own busy timeout sleeps between tries instead
/// (1 ms, growing to 100 ms) and gives up after as long as a request waits for a connection
/// (`DB_POOL_WAIT_SECONDS`), which the error page answers as busy (503, try again).
///
/// The setting belongs to a connection. The SQLite driver keeps one connection per event
/// loop for the application's life, so it is set through each loop's database once, before
/// anything else runs.
enum SQLiteBusyWait {
    static func sleepBetweenTries(_ app: Application, milliseconds: Int) async throws {
        for sql in connections(app) {
            try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(milliseconds))").run()
        }
    }

    /// The timeout each loop's connection runs with, for the test that checks it.
    static func current(_ app: Application) async throws -> [Int] {
        var timeouts: [Int] = []
        for sql in connections(app) {
            timeouts.append(try await sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self) ?? 0)
        }
        return timeouts
    }

    /// Each event loop's SQLite database; none on PostgreSQL.
    private static func connections(_ app: Application) -> [any SQLDatabase] {
        app.eventLoopGroup.makeIterator().compactMap { loop in
            (app.databases.database(logger: app.logger, on: loop) as? any SQLDatabase).flatMap {
                $0.dialect.name == "sqlite" ? $0 : nil
            }
        }
    }
}
