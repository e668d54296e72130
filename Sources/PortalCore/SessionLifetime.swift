import Foundation

/// When a signed-in session ends by itself.
public struct SessionLifetime: Sendable, Equatable {
    public var idleTimeout: TimeInterval
    public var absoluteLifetime: TimeInterval
    /// How long before the idle sign-out the page warns about it.
    public static let warningLead: TimeInterval = 120

    public init(idleTimeout: TimeInterval, absoluteLifetime: TimeInterval) {
        self.idleTimeout = idleTimeout
        self.absoluteLifetime = absoluteLifetime
    }

    public enum State: Sendable, Equatable {
        case active
        case idleExpired
        case lifetimeExpired
    }

    /// A session expires exactly at the limit: at `created + absolute` it is already over.
    public func state(createdAt: Date, lastSeenAt: Date, now: Date) -> State {
        if now >= createdAt.addingTimeInterval(absoluteLifetime) { return .lifetimeExpired }
        if now >= lastSeenAt.addingTimeInterval(idleTimeout) { return .idleExpired }
        return .active
    }
}
