import Fluent

/// A one-time code by e-mail as a member's second factor, for families without a smartphone.
struct AddEmailCodes: AsyncMigration {
    var name: String { "0044_AddEmailCodes" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Member.schema)
            .field("email_second_factor", .bool, .required, .sql(.default(false))).update()
        try await database.schema(EmailCode.schema)
            .id()
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("purpose", .string, .required)
            .field("binding", .string, .required)
            .field("code_mac", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("wrong_attempts", .int, .required)
            .field("used_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EmailCode.schema).delete()
        try await database.schema(Member.schema).deleteField("email_second_factor").update()
    }
}
