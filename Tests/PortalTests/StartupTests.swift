import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Start-up")
struct StartupTests {
    @Test("Serving without auto-migration refuses a database that is behind, then accepts it once migrated")
    func requiresMigratedDatabase() async throws {
        let config = try PortalConfig.load(mode: .testing, environment: ["BCRYPT_COST": "10"])
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: config)
            await #expect(throws: CommandFailure.self) { try await StartupTasks.requireMigrated(app) }
            try await app.autoMigrate()
            try await StartupTasks.requireMigrated(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
