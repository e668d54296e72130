import Foundation
import Portal
import Vapor

func stopServer(_ server: any Server) async {
    await server.shutdown()
}

// The entry point: read the configuration, then let Vapor run the requested command
// (`serve` by default, `migrate`, `seed-demo-data`, `audit verify`).
var environment = try Environment.detect()
let config: PortalConfig
do {
    let mode = try PortalConfig.Mode(environmentName: environment.name)
    try PortalConfig.checkLogArgument(environment.arguments, mode: mode)
    config = try PortalConfig.load(
        mode: mode,
        environment: PortalConfig.environment(ProcessInfo.processInfo.environment, servedWith: environment.arguments))
} catch let error as ConfigError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(78)  // EX_CONFIG
}
switch config.logFormat {
case .text: try LoggingSystem.bootstrap(from: &environment)
case .json: try LoggingSystem.bootstrap(from: &environment) { level in { JSONLogHandler(label: $0, level: level) } }
}
// Vapor's serve command stops gracefully (no new connections, requests in flight finish)
// when its dispatch signal source sees SIGTERM or SIGINT, but only on Darwin does it turn
// off the signals' default action, which on Linux ends the process mid-request.
signal(SIGTERM, SIG_IGN)
signal(SIGINT, SIG_IGN)
let app = try await Application.make(environment)
do {
    try await configure(app, config: config)
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
do {
    try await app.execute()
    // Stop the HTTP server first (it waits up to 10 s for requests in flight): Vapor's own
    // shutdown would close the database pools before the server and fail those requests.
    await stopServer(app.server)
} catch {
    // `execute` has already logged the error.
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
