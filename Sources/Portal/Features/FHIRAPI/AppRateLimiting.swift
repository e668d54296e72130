import Fluent
import Foundation
import SQLKit
import Vapor

/// Counts an app's API requests per minute, per connection (a refresh's new tokens share
/// their authorization's count) and per app, in the database so every
/// app server counts alike: one upsert adds the request to both counters and returns them,
/// and the counts it returns decide (never read, compare, then write).
enum AppRateLimiting {
    static let windowSeconds = 60

    static func admit(_ access: AppAccess, _ req: Request) async throws {
        guard let sql = req.db as? any SQLDatabase else { return }
        let config = req.portal.config
        let seconds = Int(req.now.timeIntervalSince1970.rounded(.down))
        let window = seconds - seconds % windowSeconds
        let tokenKey = "authorization:\(access.authorizationID.uuidString.lowercased())",
            appKey = "app:\(access.appID.uuidString.lowercased())"
        let rows = try await sql.raw(
            """
            INSERT INTO app_rate_windows (key, window_start, count)
            VALUES (\(bind: tokenKey), \(bind: window), 1), (\(bind: appKey), \(bind: window), 1)
            ON CONFLICT (key, window_start) DO UPDATE SET count = app_rate_windows.count + 1
            RETURNING key, count
            """
        ).all()
        for row in rows {
            let key = try row.decode(column: "key", as: String.self)
            let count = try row.decode(column: "count", as: Int.self)
            let limit = key == tokenKey ? config.apiRequestsPerTokenMinute : config.apiRequestsPerAppMinute
            if count > limit {
                req.logger.info(
                    "app rate limited",
                    metadata: ["app": .string(access.appID.uuidString), "scope": .string(key == tokenKey ? "token" : "app")])
                throw FHIRError.throttled(retryAfter: max(1, window + windowSeconds - seconds))
            }
        }
    }

    /// Windows over an hour old count for nothing.
    static func prune(before now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let cutoff = Int(now.timeIntervalSince1970) - 3600
        try await sql.delete(from: "app_rate_windows").where("window_start", .lessThan, SQLBind(cutoff)).run()
    }
}
