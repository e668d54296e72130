import Foundation
import Portal
import Vapor

// The entry point: read the configuration, then let Vapor run the requested command
// (`serve` by default, `migrate`, `seed-demo-data`, `audit verify`).
var environment = try Environment.detect()
try LoggingSystem.bootstrap(from: &environment)
let mode: PortalConfig.Mode =
    switch environment.name {
    case "production", "prod": .production
    case "testing", "test": .testing
    default: .development
    }
let config: PortalConfig
do {
    config = try PortalConfig.load(mode: mode, environment: ProcessInfo.processInfo.environment)
} catch let error as ConfigError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(78)  // EX_CONFIG
}
let app = try await Application.make(environment)
do {
    try await configure(app, config: config)
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
