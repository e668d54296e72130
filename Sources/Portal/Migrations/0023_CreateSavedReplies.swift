import Fluent

/// A pool's saved replies: texts its members insert into a reply and finish by hand.
struct CreateSavedReplies: AsyncMigration {
    var name: String { "0023_CreateSavedReplies" }

    func prepare(on database: any Database) async throws {
        try await database.schema("saved_replies")
            .id()
            .field("pool_id", .uuid, .required, .references("care_pools", "id"))
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("created_by", .uuid, .references("staff_users", "id"))
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("saved_replies").delete()
    }
}
