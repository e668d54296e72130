import Foundation

/// How many times a form may be used within a window, per client address or per e-mail
/// address: for the anonymous forms that cost the hospital something (stored uploads,
/// e-mails to any address, new accounts).
public struct RateLimit: Sendable, Equatable {
    public var limit: Int
    public var window: TimeInterval

    public init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Sign-up stores up to 10 MB and writes to the address given: a few a day is what a
    /// family needs (one per child, a retry after a mistake).
    public static let enrollmentPerClientAddress = RateLimit(limit: 10, window: 3600)
    public static let enrollmentPerEmail = RateLimit(limit: 6, window: 86_400)

    /// Wrong share codes or dates of birth from one network: a nurse's typing mistakes fit,
    /// a search of the codes' 60 bits does not. A try that opens a record is not counted.
    public static let shareCodeFailuresPerClientAddress = RateLimit(limit: 20, window: 3600)

    /// How long until one more use is allowed, given the other uses' times; nil when allowed now.
    public func wait(earlierUses: [Date], now: Date) -> TimeInterval? {
        let recent = earlierUses.filter { now.timeIntervalSince($0) < window }.sorted(by: >)
        guard recent.count >= limit else { return nil }
        // Once the limit-th newest use leaves the window, one fewer than the limit remain.
        return max(1, recent[limit - 1].addingTimeInterval(window).timeIntervalSince(now))
    }
}
