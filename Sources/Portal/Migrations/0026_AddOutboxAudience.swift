import Fluent

/// A notice about a patient names the member it is for, the patient and the label of what it
/// tells about (or the thread, for a message), so it can be checked again just before it goes. Older messages have none and
/// go as before.
struct AddOutboxAudience: AsyncMigration {
    var name: String { "0026_AddOutboxAudience" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        try await database.schema(OutboxMessage.schema).field("about_member_id", .uuid).update()
        try await database.schema(OutboxMessage.schema).field("about_patient_id", .uuid).update()
        try await database.schema(OutboxMessage.schema).field("about_sensitivity", .string).update()
        try await database.schema(OutboxMessage.schema).field("about_thread_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        for column in ["about_thread_id", "about_sensitivity", "about_patient_id", "about_member_id"] {
            try await database.schema(OutboxMessage.schema).deleteField(.string(column)).update()
        }
    }
}
