import Foundation

/// Whether a family may still cancel an appointment in the portal: only an upcoming one,
/// and only up to the hospital's notice period before it starts (24 hours unless
/// configured); closer to the visit they call the department instead.
public struct CancellationRule: Sendable, Hashable {
    public enum Answer: Sendable, Hashable {
        case allowed
        /// Inside the notice period: the deadline that passed.
        case tooLate(deadline: Date)
        case alreadyStarted
    }

    public let noticePeriod: TimeInterval

    public init(noticePeriod: TimeInterval = 24 * 3600) {
        self.noticePeriod = max(noticePeriod, 0)
    }

    public func deadline(for start: Date) -> Date { start.addingTimeInterval(-noticePeriod) }

    public func answer(start: Date, now: Date) -> Answer {
        if now >= start { return .alreadyStarted }
        if now > deadline(for: start) { return .tooLate(deadline: deadline(for: start)) }
        return .allowed
    }
}
