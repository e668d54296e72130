import NIOConcurrencyHelpers

/// What readiness reports beyond the database: whether this node has been asked to stop,
/// and whether its schema has been found current (once current, it stays so).
final class ServerState: Sendable {
    private let draining = NIOLockedValueBox(false)
    private let schemaCurrent = NIOLockedValueBox(false)

    var isDraining: Bool { draining.withLockedValue { $0 } }
    func beginDraining() { draining.withLockedValue { $0 = true } }

    var isSchemaKnownCurrent: Bool { schemaCurrent.withLockedValue { $0 } }
    func schemaIsCurrent() { schemaCurrent.withLockedValue { $0 = true } }
}
