import Fluent

struct CreateRecoveryCodes: AsyncMigration {
    var name: String { "0008_CreateRecoveryCodes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("recovery_codes")
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("code_hash", .string, .required)
            .field("used_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("recovery_codes").delete()
    }
}
