import Fluent

/// Each claim of an e-mail carries a token of its own, so a sender renews only its own claim.
/// A time read back from the database is not always the time written (SQLite rounds to
/// microseconds), so the lease's end cannot serve as the token.
struct AddOutboxClaimToken: AsyncMigration {
    var name: String { "0052_AddOutboxClaimToken" }

    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages").field("claim_token", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox_messages").deleteField("claim_token").update()
    }
}
