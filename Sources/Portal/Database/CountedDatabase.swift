import FluentKit
import Foundation
import NIOCore
import SQLKit
import SQLiteNIO
import Synchronization

/// Counts every statement the portal sends to its database, transaction control included
/// (a transaction is its BEGIN and its COMMIT or ROLLBACK): what a page costs, as the
/// metrics show it and as the statement-budget tests hold each page to.
final class StatementCount: Sendable {
    private let count = Atomic<Int>(0)
    private let onStatements: @Sendable (Int) -> Void

    init(onStatements: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.onStatements = onStatements
    }

    var total: Int { count.load(ordering: .relaxed) }

    func add(_ statements: Int) {
        count.add(statements, ordering: .relaxed)
        onStatements(statements)
    }
}

/// A database configuration whose databases count their statements; the driver underneath
/// does the work.
struct CountedDatabaseConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration
    let count: StatementCount

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        CountedDriver(base: base.makeDriver(for: databases), count: count)
    }
}

private struct CountedDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let count: StatementCount

    func makeDatabase(with context: DatabaseContext) -> any Database {
        CountedDatabase(base: base.makeDatabase(with: context), count: count)
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}

/// Passes everything to the driver's database, counting as it goes. A transaction's or a
/// connection's database is counted too. It is an `SQLDatabase` because the portal's raw
/// statements ask for one; every driver the portal uses is.
struct CountedDatabase: Database, SQLDatabase {
    let base: any Database
    let count: StatementCount
    /// The driver's database when it is SQLite's, whose rows `SQLiteColumns` converts.
    private let sqlite: (any SQLiteDatabase)?

    init(base: any Database, count: StatementCount) {
        self.base = base
        self.count = count
        sqlite = base as? any SQLiteDatabase
    }

    private var sql: any SQLDatabase {
        // Both drivers the portal configures, SQLite and PostgreSQL, are SQL databases.
        base as! any SQLDatabase
    }

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { base.inTransaction }

    /// Written by the portal (`FluentStatement`), run by the driver.
    /// Counted and run as every other statement, by `execute(sql:_:)`.
    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        execute(sql: FluentStatement.written(query, for: sql)) { onOutput(FluentStatement.output($0)) }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        count.add(1)
        return base.execute(schema: schema)
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> {
        count.add(1)
        return base.execute(enum: `enum`)
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        let count = count
        // Inside another transaction the driver runs the closure in that one: no BEGIN.
        if !base.inTransaction { count.add(2) }
        return base.transaction { database in closure(CountedDatabase(base: database, count: count)) }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        let count = count
        return base.withConnection { database in closure(CountedDatabase(base: database, count: count)) }
    }

    // SQLDatabase
    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { sql.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        count.add(1)
        guard let sqlite else { return sql.execute(sql: query, onRow) }
        let (text, binds) = sql.serialize(query)
        return SQLiteColumns.execute(text, binds, on: sqlite, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        // SQLite's rows come through `SQLiteColumns`, whose statements are futures.
        guard sqlite == nil else { return try await execute(sql: query, onRow).get() }
        count.add(1)
        try await sql.execute(sql: query, onRow)
    }

    /// A session (the locked migration's) is not a page's work: its statements go uncounted.
    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await sql.withSession(closure)
    }
}
