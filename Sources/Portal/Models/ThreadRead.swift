import Fluent
import Foundation

/// When a member last opened a thread, so the inbox can put unread threads first.
final class ThreadRead: Model, @unchecked Sendable {
    static let schema = "thread_reads"

    @ID(key: .id) var id: UUID?
    @Field(key: "thread_id") var threadID: UUID
    @Field(key: "member_id") var memberID: UUID
    @Field(key: "read_at") var readAt: Date

    var properties: [any AnyProperty] { [$id, $threadID, $memberID, $readAt] }

    init() {}

    init(threadID: UUID, memberID: UUID, readAt: Date) {
        self.threadID = threadID
        self.memberID = memberID
        self.readAt = readAt
    }
}
