import Fluent
import SQLKit

struct CreateKnownBrowsers: AsyncMigration {
    var name: String { "0043_CreateKnownBrowsers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(KnownBrowser.schema)
            .id()
            .field("member_id", .uuid, .references(Member.schema, "id"))
            .field("staff_user_id", .uuid, .references(StaffUser.schema, "id"))
            .field("token_hash", .string, .required)
            .field("first_seen_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "known_browsers_by_token").on(KnownBrowser.schema).column("token_hash").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(KnownBrowser.schema).delete()
    }
}
