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

        /// A client address, counted by `IPAddress.throttleKey` (an IPv6 client by its /64).
        static func clientAddress(_ limit: RateLimit, _ name: String, _ address: String?) -> Use {
            Use(limit, name, address.map(IPAddress.throttleKey))
        }
    }

    enum Admission {
        /// Admitted; the rows that record the uses, to give back if the form did nothing after all.
        case admitted([UUID])
        case refused(minutesToWait: Int)
    }

    /// Records the uses; when any limit is already reached, withdraws them and says how many
    /// whole minutes to wait.
    func admit(_ uses: [Use]) async throws -> Admission {
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
        guard longest > 0 else { return .admitted(ownIDs) }
        try await giveBack(ownIDs)
        return .refused(minutesToWait: max(1, Int((longest / 60).rounded(.up))))
    }

    /// Uses that turned out to do nothing (the other click of a double click did it) count for nothing.
    func giveBack(_ rowIDs: [UUID]) async throws {
        try await SignInFailure.query(on: database).filter(\.$id ~~ rowIDs).delete()
    }
}
