import Foundation

/// When a video visit can be joined: from a set time before it starts (15 minutes unless
/// the hospital configures otherwise) until it ends. Before that the page counts down;
/// after it, the room is closed to everyone, guests included.
public struct VisitWindow: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        case notYet(opensAt: Date)
        case open
        case ended
    }

    public let start: Date
    public let end: Date
    public let lead: TimeInterval

    public init(start: Date, end: Date, lead: TimeInterval = 15 * 60) {
        self.start = start
        self.end = max(end, start)
        self.lead = max(lead, 0)
    }

    public var opensAt: Date { start.addingTimeInterval(-lead) }

    /// Open from `opensAt` through the last instant before `end`.
    public func state(at now: Date) -> State {
        if now < opensAt { return .notYet(opensAt: opensAt) }
        if now < end { return .open }
        return .ended
    }
}
