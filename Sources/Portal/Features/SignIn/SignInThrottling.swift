import Fluent
import Foundation
import PortalCore

/// Remembers sign-in attempts in the `AttemptLog`, so every app server throttles alike and
/// however many attempts arrive together, no more than the free ones are evaluated. An
/// attempt that fails stays as the failure; one that succeeds or is held back is withdrawn.
struct SignInThrottling {
    let database: any Database
    let now: Date

    static func accountKey(_ email: String) -> String { "account:" + RandomToken.sha256Hex(email) }
    static func addressKey(_ address: String?) -> String {
        "address:" + RandomToken.sha256Hex(address.map(IPAddress.throttleKey) ?? "unknown")
    }

    /// One attempt in flight, recorded under the account's key and the client address's.
    struct Attempt {
        let accountKey: String
        let rowIDs: [UUID]
    }

    enum Decision {
        case proceed(Attempt)
        /// Whole minutes to wait, at least one.
        case wait(minutes: Int)
    }

    /// Records the attempt, then decides whether it may be evaluated.
    func begin(accountKey: String, addressKey: String) async throws -> Decision {
        let log = AttemptLog(database: database, now: now)
        let attempt = Attempt(accountKey: accountKey, rowIDs: try await log.record([accountKey, addressKey]))
        let rules = [(accountKey, SignInThrottle.perAccount), (addressKey, SignInThrottle.perClientAddress)]
        var latest: Date?
        for (key, rule) in rules {
            let earlier = try await log.earlierTimes(key, within: rule.window, excluding: attempt.rowIDs, limit: 64)
            if let next = rule.nextAttempt(failureTimes: earlier, now: now), next > (latest ?? .distantPast) {
                latest = next
            }
        }
        if let latest {
            try await withdraw(attempt)
            return .wait(minutes: AttemptLog.wholeMinutes(latest.timeIntervalSince(now)))
        }
        return .proceed(attempt)
    }

    /// The attempt stays as a failure; failures too old to count for anything go.
    func failed(_ attempt: Attempt) async throws {
        try await Self.prune(before: now, on: database)
    }

    /// Attempts and form uses older than the longest window (a day) count for nothing.
    static func prune(before now: Date, on database: any Database) async throws {
        try await SignInFailure.query(on: database).filter(\.$failedAt < now.addingTimeInterval(-86_400)).delete()
    }

    /// A person who proves who they are starts afresh; the client address keeps its earlier failures.
    func succeeded(_ attempt: Attempt) async throws {
        try await withdraw(attempt)
        try await SignInFailure.query(on: database).filter(\.$throttleKey == attempt.accountKey).delete()
    }

    /// The attempt was not a failure: it was held back, or its answer was right.
    func withdraw(_ attempt: Attempt) async throws {
        try await AttemptLog(database: database, now: now).remove(attempt.rowIDs)
    }
}
