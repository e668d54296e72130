import Fluent
import Foundation

/// A file sent with a message. Its bytes are sealed in a `StoredDocument`; the name is the
/// one the sender's device gave it, shown only to those who read the thread.
final class MessageAttachment: Model, @unchecked Sendable {
    static let schema = "message_attachments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "message_id") var message: ThreadMessage
    @Parent(key: "document_id") var document: StoredDocument
    @Field(key: "file_name") var fileName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $message, $document, $fileName, $createdAt] }

    init() {}

    init(messageID: UUID, documentID: UUID, fileName: String) {
        self.$message.id = messageID
        self.$document.id = documentID
        self.fileName = fileName
    }
}
