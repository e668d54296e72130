import Fluent

/// A notice names the record items it tells about, so it is checked against their labels as
/// they are when it is due (a result restricted after the notice was queued drops it).
struct AddOutboxItems: AsyncMigration {
    var name: String { "0030_AddOutboxItems" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).field("about_items", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).deleteField("about_items").update()
    }
}
