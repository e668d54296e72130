import Foundation

/// How long a sign-in must wait after recent failures, decided before any password is
/// hashed. Per account the wait is capped at a few minutes, so an attacker who knows an
/// e-mail address cannot keep its owner out for long; per client address it grows further,
/// because that is where guessing at scale comes from.
public struct SignInThrottle: Sendable, Equatable {
    public var freeAttempts: Int
    public var firstWait: TimeInterval
    public var longestWait: TimeInterval
    /// Failures older than this no longer count.
    public var window: TimeInterval

    public init(freeAttempts: Int, firstWait: TimeInterval, longestWait: TimeInterval, window: TimeInterval) {
        self.freeAttempts = freeAttempts
        self.firstWait = firstWait
        self.longestWait = longestWait
        self.window = window
    }

    public static let perAccount = SignInThrottle(freeAttempts: 5, firstWait: 30, longestWait: 300, window: 900)
    public static let perClientAddress = SignInThrottle(freeAttempts: 20, firstWait: 60, longestWait: 3600, window: 3600)

    /// The wait after `failures` recent failures, doubling with each one past the free ones.
    public func wait(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeAttempts else { return 0 }
        let doublings = min(failures - freeAttempts, 20)
        return min(firstWait * pow(2, Double(doublings)), longestWait)
    }

    /// When the next attempt is allowed, given the failures inside the window. Attempts
    /// still in flight count as failures, and may carry a time a little after `now` (another
    /// request, another server): below the free attempts they hold nothing back.
    public func nextAttempt(failureTimes: [Date], now: Date) -> Date? {
        let recent = failureTimes.filter { now.timeIntervalSince($0) < window }.sorted()
        let wait = wait(afterFailures: recent.count)
        guard wait > 0, let last = recent.last else { return nil }
        let allowed = last.addingTimeInterval(wait)
        return allowed > now ? allowed : nil
    }
}

extension SignInThrottle {
    /// NIST SP 800-63B-4 §3.2.2: after at most 100 consecutive failed attempts the account
    /// is locked, whatever the waits in between, until someone who can vouch for its owner
    /// unlocks it.
    public static let consecutiveFailuresBeforeLock = 100
}
