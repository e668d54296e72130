import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import PortalCore
import Vapor

/// Sets up the application from one validated configuration.
public func configure(_ app: Application, config: PortalConfig) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    // On SIGTERM, requests in flight (an import may take a minute) finish before the databases close.
    app.http.server.configuration.shutdownTimeout = .seconds(120)
    app.routes.defaultMaxBodySize = "64kb"
    let metrics = PortalMetrics()
    try configureDatabase(app, config: config, statements: metrics.statements)
    try await SQLiteBusyWait.sleepBetweenTries(app, milliseconds: config.databasePoolWaitSeconds * 1000)
    let passwords = PasswordHashing(cost: config.bcryptCost, longestWait: config.passwordHashWait)
    app.lifecycle.use(PasswordHashingShutdown())
    let decoyPasswordHash = try await passwords.calibrate(byHashing: RandomToken.make(), logger: app.logger)
    app.portal = PortalServices(
        config: config,
        audit: AuditWriter(database: app.db, metrics: metrics, keyring: config.auditKeys, logger: app.logger),
        metrics: metrics,
        secrets: SecretBox(keyBytes: config.secretsKey),
        documents: DocumentVault(keys: config.documentKeys),
        passwords: passwords,
        passwordPolicy: .standard,
        decoyPasswordHash: decoyPasswordHash,
        serverState: ServerState())
    configureMiddleware(app, config: config)
    try routes(app)
    configureCommands(app)
    app.lifecycle.use(StartupTasks())
    app.lifecycle.use(BackgroundWork())
}

/// SQLite runs each statement on a thread of the application's pool, and a connection
/// waiting for another's lock retries on its thread without end. On a pool no larger than the
/// connections (Vapor's default, shared by every application in the process), the connection
/// holding the lock can wait for a thread behind the ones retrying: a burst of simultaneous
/// writes then never finishes. A pool of its own, larger than the connections, always has a
/// thread for the holder.
private func useOwnThreadPoolForSQLite(_ app: Application) {
    app.threadPool = NIOThreadPool(numberOfThreads: System.coreCount + 4)
}

func configureDatabase(_ app: Application, config: PortalConfig, statements: StatementCount) throws {
    // The drivers log each query with its bound values, which are patient data: SQLite's
    // log is off, PostgreSQL's is only at trace, a level production refuses.
    // SQLite has one connection per event loop and one writer: a burst of changes (fifty
    // clicks at once, each a transaction with its audit event) queues for them, by default
    // for up to a minute rather than failing after Fluent's ten seconds.
    let poolWait = TimeAmount.seconds(Int64(config.databasePoolWaitSeconds))
    switch config.database {
    case .sqliteFile(let path):
        useOwnThreadPoolForSQLite(app)
        app.databases.use(
            counted(.sqlite(.file(path), connectionPoolTimeout: poolWait, sqlLogLevel: nil), statements),
            as: .sqlite)
    case .sqliteInMemory:
        useOwnThreadPoolForSQLite(app)
        app.databases.use(
            counted(.sqlite(.memory, connectionPoolTimeout: poolWait, sqlLogLevel: nil), statements), as: .sqlite)
    case .postgres(let url, let searchPath):
        var postgres = try SQLPostgresConfiguration(url: url)
        if let searchPath { postgres.searchPath = [searchPath] }
        // A request waiting for a connection waits for one being opened too: a server slow to
        // answer (a burst of new connections on a loaded machine) gets the pool's wait, from
        // 5 s (a lost packet is sent again after a second) to 30 s (an unreachable server
        // holds a place in the pool that long).
        postgres.coreConfiguration.options.connectTimeout = .seconds(min(max(Int64(config.databasePoolWaitSeconds), 5), 30))
        app.databases.use(
            counted(
                .postgres(
                    configuration: postgres, maxConnectionsPerEventLoop: config.databasePoolSize,
                    connectionPoolTimeout: poolWait, sqlLogLevel: .trace),
                statements),
            as: .psql)
    }
    app.migrations.add(PortalMigrations.all)
}

private func counted(_ factory: DatabaseConfigurationFactory, _ statements: StatementCount) -> DatabaseConfigurationFactory {
    DatabaseConfigurationFactory { CountedDatabaseConfiguration(base: factory.make(), count: statements) }
}

func configureMiddleware(_ app: Application, config: PortalConfig) {
    // Replaces Vapor's defaults: the error middleware there would render raw error text.
    app.middleware = .init()
    app.middleware.use(RequestsRunningMiddleware(state: app.portal.serverState))
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware(usesHTTPS: config.usesHTTPS))
    app.middleware.use(SessionMiddleware())
    app.middleware.use(CSRFMiddleware())
}

func configureCommands(_ app: Application) {
    app.asyncCommands.use(SeedDemoDataCommand(), as: "seed-demo-data")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(SigningKeysCommand(), as: "signing-keys")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(StaffCommand(), as: "staff")
    // In place of Vapor's and Fluent's own: a drain before stopping, and migrations under a
    // lock that nodes started together wait for.
    app.asyncCommands.use(DrainingServeCommand(), as: "serve", isDefault: true)
    app.asyncCommands.use(LockedMigrateCommand(), as: "migrate")
}
