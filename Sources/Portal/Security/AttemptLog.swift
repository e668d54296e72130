import Fluent
import Foundation

/// Sign-in attempts and uses of rate-limited forms, kept by hashed key in one table. Each is
/// recorded before the earlier ones are counted: of two simultaneous requests, the one that
/// counts last sees the other, so a burst cannot overrun a limit on any app server.
struct AttemptLog {
    let database: any Database
    let now: Date

    /// Records one attempt under each key, now; the rows' ids, to leave out of the count or take back.
    func record(_ keys: [String]) async throws -> [UUID] {
        let rows = keys.map { SignInFailure(throttleKey: $0, failedAt: now) }
        try await rows.create(on: database)
        return rows.compactMap(\.id)
    }

    /// The times of the other attempts under `key` inside `window`, newest first, at most `limit`.
    func earlierTimes(_ key: String, within window: TimeInterval, excluding own: [UUID], limit: Int) async throws -> [Date] {
        try await SignInFailure.query(on: database)
            .filter(\.$throttleKey == key)
            .filter(\.$id !~ own)
            .filter(\.$failedAt > now.addingTimeInterval(-window))
            .sort(\.$failedAt, .descending)
            .limit(limit)
            .all()
            .map(\.failedAt)
    }

    func remove(_ ids: [UUID]) async throws {
        try await SignInFailure.query(on: database).filter(\.$id ~~ ids).delete()
    }

    /// A wait as whole minutes to tell a person, at least one.
    static func wholeMinutes(_ wait: TimeInterval) -> Int { max(1, Int((wait / 60).rounded(.up))) }
}
