import Foundation
import NIOConcurrencyHelpers

/// Where the portal reads the time. Rules never call `Date()`; tests move this clock.
public struct PortalClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    public func now() -> Date { read() }

    public static let system = PortalClock { Date() }

    /// A clock that stands still until moved, for tests of time-outs and birthdays.
    public static func manual(startingAt start: Date) -> (clock: PortalClock, advance: @Sendable (TimeInterval) -> Void) {
        let current = NIOLockedValueBox(start)
        let clock = PortalClock { current.withLockedValue { $0 } }
        return (clock, { seconds in current.withLockedValue { $0 = $0.addingTimeInterval(seconds) } })
    }
}
