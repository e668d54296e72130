import CoreMetrics
import Foundation
import Metrics
import PortalCore
import Prometheus

/// The portal's measurements, each named once here and described in docs/OPERATIONS.md.
/// Every application has its own registry rather than the process-wide `MetricsSystem`, so
/// that applications side by side (the tests run dozens) each count only their own.
/// Labels carry route patterns, statuses and reasons, never an id or anything about a patient.
final class PortalMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    /// Statements sent to the database (`portal_db_statements_total`).
    let statements: StatementCount

    init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        let counter = registry.makeCounter(name: "portal_db_statements_total")
        statements = StatementCount { counter.increment(by: Int64($0)) }
    }

    /// One answered request, by the route's pattern (`/patients/:patientID`), method and status.
    func requestAnswered(route: String, method: String, status: UInt, duration: Duration) {
        CoreMetrics.Counter(
            label: "portal_http_requests_total",
            dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory
        ).increment()
        CoreMetrics.Timer(
            label: "portal_http_request_duration_seconds", dimensions: [("route", route), ("method", method)], factory: factory
        )
        .record(duration: duration)
    }

    enum SignInFailure: String {
        case wrongPassword = "wrong_password"
        case wrongCode = "wrong_code"
        case throttled
        case deactivated
        case locked
    }

    /// A refused sign-in step: a wave of them is guessing, or a broken authenticator.
    func signInFailed(_ reason: SignInFailure, staff: Bool) {
        CoreMetrics.Counter(
            label: "portal_sign_in_failures_total",
            dimensions: [("reason", reason.rawValue), ("account", staff ? "staff" : "member")], factory: factory
        ).increment()
    }

    /// Audit events committed, and the batches (transactions) that carried them.
    func auditBatchCommitted(events: Int) {
        CoreMetrics.Counter(label: "portal_audit_events_written_total", factory: factory).increment(by: events)
        CoreMetrics.Counter(label: "portal_audit_batches_total", factory: factory).increment()
    }

    /// An audit batch that could not be written: each of its requests failed with it.
    func auditBatchFailed() {
        CoreMetrics.Counter(label: "portal_audit_write_failures_total", factory: factory).increment()
    }

    /// How long the scrape waited for a database connection from this node's pool: a sample
    /// taken at each scrape, so a pool that runs dry shows as a wait that grows.
    func databaseConnectionWait(_ duration: Duration) {
        CoreMetrics.Gauge(label: "portal_db_pool_wait_seconds", factory: factory).record(duration.seconds)
    }

    /// E-mails waiting in the outbox (shared by every node), those it gave up on (an
    /// administrator can retry them), and how long the oldest waiting one has waited.
    func outbox(pending: Int, failed: Int, oldestAge: TimeInterval) {
        CoreMetrics.Gauge(label: "portal_outbox_pending", factory: factory).record(pending)
        CoreMetrics.Gauge(label: "portal_outbox_failed", factory: factory).record(failed)
        CoreMetrics.Gauge(label: "portal_outbox_oldest_pending_seconds", factory: factory).record(oldestAge)
    }

    /// The Prometheus text format.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}
