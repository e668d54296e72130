import Fluent

/// Files sent with a message: each one sealed in `stored_documents` like an identity document.
struct CreateMessageAttachments: AsyncMigration {
    var name: String { "0022_CreateMessageAttachments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("message_attachments")
            .id()
            .field("message_id", .uuid, .required, .references("thread_messages", "id"))
            .field("document_id", .uuid, .required, .references("stored_documents", "id"))
            .field("file_name", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("message_attachments").delete()
    }
}
