import Fluent
import Foundation
import PortalCore

/// Counts uses of the anonymous forms in the database, so every app server counts alike.
/// Like the sign-in throttle, a use is written before the others are counted: of two
/// simultaneous uses, the one that counts last sees the other, so a burst cannot overrun
/// the limit. A refused use is withdrawn and does not count.
struct FormRateLimiting {
    let database: any Database
    let now: Date

    /// A use counted under one limit: the limit, a name for what is counted and the value
    /// (client address or e-mail), which is stored hashed.
    struct Use {
        let limit: RateLimit
        let key: String

        init(_ limit: RateLimit, _ name: String, _ value: String?) {
            self.limit = limit
            self.key = "form:\(name):" + RandomToken.sha256Hex(value ?? "unknown")
        }
    }

    /// Records the uses; when any limit is already reached, withdraws them and returns the
    /// whole minutes to wait.
    func admit(_ uses: [Use]) async throws -> Int? {
        let rows = uses.map { SignInFailure(throttleKey: $0.key, failedAt: now) }
        try await rows.create(on: database)
        let ownIDs = rows.compactMap(\.id)
        var longest: TimeInterval = 0
        for use in uses {
            let earlier = try await SignInFailure.query(on: database)
                .filter(\.$throttleKey == use.key)
                .filter(\.$id !~ ownIDs)
                .filter(\.$failedAt > now.addingTimeInterval(-use.limit.window))
                .sort(\.$failedAt, .descending)
                .limit(use.limit.limit)
                .all()
                .map(\.failedAt)
            longest = max(longest, use.limit.wait(earlierUses: earlier, now: now) ?? 0)
        }
        guard longest > 0 else { return nil }
        try await SignInFailure.query(on: database).filter(\.$id ~~ ownIDs).delete()
        return max(1, Int((longest / 60).rounded(.up)))
    }
}
