import Fluent
import Foundation
import PortalCore
import SQLKit
import Testing
import VaporTesting

@testable import Portal

/// A fresh application per test: an in-memory SQLite database, or, when
/// `TEST_DATABASE_URL` is set, a schema of its own on that PostgreSQL server. Tests can run
/// in parallel either way. The clock starts at a fixed instant and only moves when told.
struct TestWorld: Sendable {
    let app: Application
    let advance: @Sendable (TimeInterval) -> Void
    var config: PortalConfig { app.portal.config }
    var now: Date { config.clock.now() }
}

/// 2026-11-24 12:00 in Chicago, a Tuesday.
let testStart = Date(timeIntervalSince1970: 1_795_543_200)

func withTestApp(
    environment extra: [String: String] = [:], startingAt start: Date = testStart,
    _ body: @Sendable (TestWorld) async throws -> Void
) async throws {
    let (clock, advance) = PortalClock.manual(startingAt: start)
    var environment = [
        "BCRYPT_COST": "10", "HOSPITAL_TIME_ZONE": "America/Chicago", "HIM_PHONE": "(312) 555-0100",
        "HIM_EMAIL": "him@lakeside.example.org",
    ].merging(extra) { $1 }
    let postgresURL = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    if let postgresURL {
        environment["DATABASE_URL"] = postgresURL
        environment["DATABASE_SCHEMA"] = String(schema)
    }
    // Hundreds of apps share two cores here, and a burst of twenty requests in one of them
    // took 52 s in a full run: each waits its turn instead of being answered busy.
    environment["DB_POOL_WAIT_SECONDS"] = environment["DB_POOL_WAIT_SECONDS"] ?? "240"
    let config = try PortalConfig.load(mode: .testing, environment: environment, clock: clock)
    let app = try await Application.make(.testing)
    do {
        try await configure(app, config: config)
        if postgresURL != nil {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: String(schema))").run()
        }
        try await app.autoMigrate()
        try await body(TestWorld(app: app, advance: advance))
    } catch {
        try? await dropSchema(app, schema: postgresURL == nil ? nil : String(schema))
        try? await app.asyncShutdown()
        throw error
    }
    // An app not shut down stops the whole test process (Vapor asserts it), so a failed drop
    // of the schema fails its test alone.
    do {
        try await dropSchema(app, schema: postgresURL == nil ? nil : String(schema))
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

private func dropSchema(_ app: Application, schema: String?) async throws {
    guard let schema else { return }
    try await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
}
