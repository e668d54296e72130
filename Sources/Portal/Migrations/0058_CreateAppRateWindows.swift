import Fluent
import SQLKit

/// Per-minute counters of API requests, per token and per app (`AppRateLimiting`).
struct CreateAppRateWindows: AsyncMigration {
    var name: String { "0058_CreateAppRateWindows" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(table: "app_rate_windows")
            .column("key", type: .text, .notNull)
            .column("window_start", type: .bigint, .notNull)
            .column("count", type: .bigint, .notNull)
            .primaryKey("key", "window_start")
            .run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(table: "app_rate_windows").run()
    }
}
