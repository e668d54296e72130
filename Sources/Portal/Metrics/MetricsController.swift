import Fluent
import Vapor

/// `GET /metrics`: the Prometheus text format, for the monitoring system's bearer token only
/// (the table declares it). Each scrape also samples how long a connection takes to get from
/// this node's pool and reads the outbox, which every node shares.
struct MetricsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.metrics) { req in try await exposition(req) }
    }

    func exposition(_ req: Request) async throws -> Response {
        let metrics = req.portal.metrics
        let asked = ContinuousClock.now
        try await req.db.withConnection { db in
            metrics.databaseConnectionWait(asked.duration(to: .now))
            let pending = OutboxMessage.query(on: db).filter(\.$status == OutboxMessage.Status.pending.rawValue)
            let count = try await pending.count()
            let oldest = try await pending.sort(\.$createdAt).first()?.createdAt
            let failed = try await OutboxMessage.query(on: db)
                .filter(\.$status == OutboxMessage.Status.failed.rawValue).count()
            metrics.outbox(
                pending: count, failed: failed, oldestAge: oldest.map { max(0, req.now.timeIntervalSince($0)) } ?? 0)
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(
            type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(data: Data(metrics.exposition())))
    }
}
