import Fluent
import SQLKit

struct CreateOutbox: AsyncMigration {
    var name: String { "0013_CreateOutbox" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("dedupe_key", .string)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "dedupe_key")
            .create()
        try await (database as? any SQLDatabase)?
            .create(index: "outbox_due").on(OutboxMessage.schema).column("status").column("next_attempt_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).delete()
    }
}
