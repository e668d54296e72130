import NIOConcurrencyHelpers

/// What readiness reports beyond the database: whether this node has been asked to stop,
/// and whether its schema has been found current (once current, it stays so); and how many
/// requests are running, which stopping waits for.
final class ServerState: Sendable {
    private let draining = NIOLockedValueBox(false)
    private let schemaCurrent = NIOLockedValueBox(false)
    private let running = NIOLockedValueBox(0)

    var isDraining: Bool { draining.withLockedValue { $0 } }
    func beginDraining() { draining.withLockedValue { $0 = true } }

    var isSchemaKnownCurrent: Bool { schemaCurrent.withLockedValue { $0 } }
    func schemaIsCurrent() { schemaCurrent.withLockedValue { $0 = true } }

    var requestsRunning: Int { running.withLockedValue { $0 } }
    func requestStarted() { running.withLockedValue { $0 += 1 } }
    func requestFinished() { running.withLockedValue { $0 -= 1 } }

    /// Returns once no request is running, or when `timeout` has passed.
    func untilRequestsFinish(timeout: Duration) async {
        let deadline = ContinuousClock.now + timeout
        while requestsRunning > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
