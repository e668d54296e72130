import Fluent
import SQLKit
import Vapor

/// Liveness (the process answers) and readiness: the node is not stopping, the database
/// answers, and its schema is the one this version expects.
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.healthLive) { _ in Self.json(.ok, #"{"status":"live"}"#) }
        routes.on(Routes.healthReady) { req in try await Self.readiness(req) }
    }

    static func readiness(_ req: Request) async throws -> Response {
        let state = req.portal.serverState
        if state.isDraining { return json(.serviceUnavailable, #"{"status":"stopping"}"#) }
        do {
            try await (req.db as? any SQLDatabase)?.raw("SELECT 1").run()
        } catch {
            req.logger.warning("readiness check failed: database unreachable")
            return json(.serviceUnavailable, #"{"status":"database unavailable"}"#)
        }
        if !state.isSchemaKnownCurrent {
            guard (try? await req.application.migrator.previewPrepareBatch().get().isEmpty) == true else {
                return json(.serviceUnavailable, #"{"status":"schema not current"}"#)
            }
            state.schemaIsCurrent()
        }
        return json(.ok, #"{"status":"ready"}"#)
    }

    static func json(_ status: HTTPResponseStatus, _ body: String) -> Response {
        Response(status: status, headers: ["Content-Type": "application/json"], body: .init(string: body))
    }
}
