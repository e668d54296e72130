import Foundation

/// A forgotten password's e-mailed link: good for 30 minutes and one new password, and only
/// for an account that is still open.
public enum PasswordResetRules {
    public static let validity: TimeInterval = 30 * 60

    public enum State: Sendable, Equatable {
        case usable
        case used
        case expired
    }

    public static func state(requestedAt: Date, usedAt: Date?, at instant: Date) -> State {
        if usedAt != nil { return .used }
        // The 30th minute is the last: a link opened exactly then no longer works.
        return instant.timeIntervalSince(requestedAt) < validity ? .usable : .expired
    }

    /// The last instant a link requested at `requestedAt` may be used, for the e-mail's words.
    public static func expiry(requestedAt: Date) -> Date { requestedAt.addingTimeInterval(validity) }
}
