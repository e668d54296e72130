import Fluent
import SQLKit

/// Which results each member has seen, so the results list can mark new ones and a badge
/// can count them; and indexes to find a patient's recently released results quickly.
struct CreateResultViews: AsyncMigration {
    var name: String { "0019_CreateResultViews" }

    func prepare(on database: any Database) async throws {
        try await database.schema("result_views")
            .id()
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("item_id", .uuid, .required)
            .field("viewed_at", .datetime, .required)
            .unique(on: "member_id", "item_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for table in ["lab_reports", "imaging_reports"] {
            try await sql.create(index: "\(table)_patient_released").on(table).column("patient_id").column("released_at").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("result_views").delete()
    }
}
