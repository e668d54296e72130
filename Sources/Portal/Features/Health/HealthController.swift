import Fluent
import SQLKit
import Vapor

/// Liveness (the process answers) and readiness (the database answers too).
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.healthLive) { _ in Self.json(.ok, #"{"status":"live"}"#) }
        routes.on(Routes.healthReady) { req in
            do {
                try await (req.db as? any SQLDatabase)?.raw("SELECT 1").run()
                return Self.json(.ok, #"{"status":"ready"}"#)
            } catch {
                req.logger.warning("readiness check failed: database unreachable")
                return Self.json(.serviceUnavailable, #"{"status":"database unavailable"}"#)
            }
        }
    }

    static func json(_ status: HTTPResponseStatus, _ body: String) -> Response {
        Response(status: status, headers: ["Content-Type": "application/json"], body: .init(string: body))
    }
}
