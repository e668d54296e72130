import Fluent
import Foundation
import PortalCore

/// Remembers failed sign-ins in the database, so every app server throttles alike.
struct SignInThrottling {
    let database: any Database
    let now: Date

    static func accountKey(_ email: String) -> String { "account:" + RandomToken.sha256Hex(email) }
    static func addressKey(_ address: String?) -> String { "address:" + RandomToken.sha256Hex(address ?? "unknown") }

    /// When the next attempt is allowed, if either the account or the client address must wait.
    func blockedUntil(accountKey: String, addressKey: String) async throws -> Date? {
        let rules = [(accountKey, SignInThrottle.perAccount), (addressKey, SignInThrottle.perClientAddress)]
        var latest: Date?
        for (key, rule) in rules {
            let failures = try await SignInFailure.query(on: database)
                .filter(\.$throttleKey == key)
                .filter(\.$failedAt > now.addingTimeInterval(-rule.window))
                .sort(\.$failedAt, .descending)
                .limit(64)
                .all()
                .map(\.failedAt)
            if let next = rule.nextAttempt(failureTimes: failures, now: now), next > (latest ?? .distantPast) {
                latest = next
            }
        }
        return latest
    }

    func recordFailure(accountKey: String, addressKey: String) async throws {
        try await [SignInFailure(throttleKey: accountKey, failedAt: now), SignInFailure(throttleKey: addressKey, failedAt: now)]
            .create(on: database)
        // Old failures no longer count for anything.
        try await SignInFailure.query(on: database).filter(\.$failedAt < now.addingTimeInterval(-86_400)).delete()
    }

    /// A person who proves who they are starts afresh; the client address keeps its count.
    func forgetAccount(_ accountKey: String) async throws {
        try await SignInFailure.query(on: database).filter(\.$throttleKey == accountKey).delete()
    }
}
