import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import PortalCore
import Vapor

/// Sets up the application from one validated configuration.
public func configure(_ app: Application, config: PortalConfig) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = "64kb"
    try configureDatabase(app, config: config)
    let passwords = PasswordHashing(cost: config.bcryptCost)
    let metrics = PortalMetrics()
    app.lifecycle.use(PasswordHashingShutdown())
    app.portal = PortalServices(
        config: config,
        audit: AuditWriter(database: app.db, metrics: metrics),
        metrics: metrics,
        secrets: SecretBox(keyBytes: config.secretsKey),
        documents: DocumentVault(keys: config.documentKeys),
        passwords: passwords,
        passwordPolicy: .standard,
        decoyPasswordHash: try await passwords.hash(RandomToken.make()))
    configureMiddleware(app, config: config)
    try routes(app)
    configureCommands(app)
    app.lifecycle.use(StartupTasks())
    app.lifecycle.use(BackgroundWork())
}

func configureDatabase(_ app: Application, config: PortalConfig) throws {
    // The drivers log each query with its bound values, which are patient data: SQLite's
    // log is off, PostgreSQL's is only at trace, a level production refuses.
    switch config.database {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
    case .sqliteInMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: nil), as: .sqlite)
    case .postgres(let url, let searchPath):
        var postgres = try SQLPostgresConfiguration(url: url)
        if let searchPath { postgres.searchPath = [searchPath] }
        app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace), as: .psql)
    }
    app.migrations.add(PortalMigrations.all)
}

func configureMiddleware(_ app: Application, config: PortalConfig) {
    // Replaces Vapor's defaults: the error middleware there would render raw error text.
    app.middleware = .init()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware(usesHTTPS: config.usesHTTPS))
    app.middleware.use(SessionMiddleware())
    app.middleware.use(CSRFMiddleware())
}

func configureCommands(_ app: Application) {
    app.asyncCommands.use(SeedDemoDataCommand(), as: "seed-demo-data")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(StaffCommand(), as: "staff")
    app.asyncCommands.use(ImportCommand(), as: "import")
}
