import Foundation

/// A thread's messages, oldest first, with their authors, and the files each message carries.
struct ThreadContents {
    /// A file sent with a message, without its sealed bytes.
    struct File {
        let id: UUID
        let name: String
        let bytes: Int
    }

    let messages: [ThreadMessage]
    /// Each message's files, in the order they were sent, by the message's id.
    let files: [UUID: [File]]
}
