import Fluent
import Foundation
import PortalCore

/// Counts uses of the anonymous forms in the `AttemptLog`, so every app server counts alike
/// and a burst cannot overrun a limit. A refused use is withdrawn and does not count.
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
        let log = AttemptLog(database: database, now: now)
        let ownIDs = try await log.record(uses.map(\.key))
        var longest: TimeInterval = 0
        for use in uses {
            let earlier = try await log.earlierTimes(use.key, within: use.limit.window, excluding: ownIDs, limit: use.limit.limit)
            longest = max(longest, use.limit.wait(earlierUses: earlier, now: now) ?? 0)
        }
        guard longest > 0 else { return .admitted(ownIDs) }
        try await giveBack(ownIDs)
        return .refused(minutesToWait: AttemptLog.wholeMinutes(longest))
    }

    /// Uses that turned out to do nothing (the other click of a double click did it) count for nothing.
    func giveBack(_ rowIDs: [UUID]) async throws {
        try await AttemptLog(database: database, now: now).remove(rowIDs)
    }
}
