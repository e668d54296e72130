import PortalCore
import Vapor

/// One log line per request, written when the answer is ready. It names the route's
/// pattern (`/patients/:patientID`), never the concrete path or query string, which could
/// identify a patient or carry a search for one.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = started.duration(to: .now)
        let milliseconds = elapsed.seconds * 1000
        let route = Self.routePattern(of: request)
        request.portal.metrics.requestAnswered(
            route: route, method: request.method.rawValue, status: response.status.code, duration: elapsed)
        request.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(route),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .string(String(format: "%.1f", milliseconds)),
            ])
        return response
    }

    static func routePattern(of request: Request) -> String {
        guard let route = request.route else { return "(no route)" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}
