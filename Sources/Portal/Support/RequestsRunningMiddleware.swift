import Vapor

/// Counts the requests this node is answering, so that stopping waits for them before it
/// closes the databases. The HTTP server's own shutdown waits only for open connections: a
/// request whose client has hung up keeps running after its connection is gone, and it
/// crashed the process on a closed database when a load test stopped just before the node.
struct RequestsRunningMiddleware: AsyncMiddleware {
    let state: ServerState

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        state.requestStarted()
        defer { state.requestFinished() }
        return try await next.respond(to: request)
    }
}
