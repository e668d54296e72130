import Fluent
import Foundation

/// One message in a thread, by a member or by staff. Its submission key makes sending
/// idempotent: the same form sent twice finds the message the first one saved.
final class ThreadMessage: Model, @unchecked Sendable {
    static let schema = "thread_messages"

    @ID(key: .id) var id: UUID?
    @Parent(key: "thread_id") var thread: MessageThread
    @OptionalParent(key: "author_member_id") var memberAuthor: Member?
    @OptionalParent(key: "author_staff_id") var staffAuthor: StaffUser?
    @Field(key: "body") var body: String
    @Field(key: "submission_key") var submissionKey: String
    /// 1 for the first message of its thread, then 2, 3...: the order of the conversation,
    /// even for messages sent within the same instant.
    @Field(key: "position") var position: Int
    @Field(key: "created_at") var createdAt: Date
    /// When someone on the care team first opened the thread after this family message.
    @OptionalField(key: "care_team_read_at") var careTeamReadAt: Date?

    var properties: [any AnyProperty] {
        [$id, $thread, $memberAuthor, $staffAuthor, $body, $submissionKey, $position, $createdAt, $careTeamReadAt]
    }

    init() {}

    init(threadID: UUID, memberID: UUID? = nil, staffID: UUID? = nil, body: String, submissionKey: String, at now: Date) {
        self.$thread.id = threadID
        self.$memberAuthor.id = memberID
        self.$staffAuthor.id = staffID
        self.body = body
        self.submissionKey = submissionKey
        self.position = 0
        self.createdAt = now
    }
}
