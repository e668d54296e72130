import Fluent
import Foundation

/// An e-mail waiting to be sent, or the record that it was. Written in the same transaction
/// as whatever caused it, so an acknowledged action never loses its e-mail, and retried
/// with growing pauses while the mail server is away. Bodies never carry health information.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    enum Status: String, Sendable {
        case pending, sent, failed
        /// Not sent: its reader could no longer see what it was about when it was due.
        case dropped
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    /// The body sealed with the outbox's key (`SecretBox.outboxBodies`) while it waits, and
    /// emptied once it is sent or dropped: a copy of the database holds no readable
    /// invitation link, sent or not.
    @Field(key: "body") var sealedBody: String
    /// Makes enqueueing idempotent: a second message with the same key is not added.
    @OptionalField(key: "dedupe_key") var dedupeKey: String?
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    /// The step and reply code of the last failure; never the message's content.
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// For a notice about a patient: the member it is for, the patient, and the label of what
    /// it tells about, checked again when it is due.
    @OptionalField(key: "about_member_id") var aboutMemberID: UUID?
    @OptionalField(key: "about_patient_id") var aboutPatientID: UUID?
    /// The record items it tells about (`RecordItemReference`s, comma-separated): it goes only
    /// while its reader may still see one of them.
    @OptionalField(key: "about_items") var aboutItems: String?
    @OptionalField(key: "about_sensitivity") var aboutSensitivity: String?
    /// For a notice of a new message: the thread, whose readers are decided by its audience.
    @OptionalField(key: "about_thread_id") var aboutThreadID: UUID?

    var properties: [any AnyProperty] {
        [
            $id, $recipient, $subject, $sealedBody, $dedupeKey, $status, $attempts, $nextAttemptAt, $lastError, $sentAt,
            $createdAt, $aboutMemberID, $aboutPatientID, $aboutItems, $aboutSensitivity, $aboutThreadID,
        ]
    }

    init() {}

    /// What a body is sealed to: this message, its recipient and subject. A sealed body
    /// moved to another row, or a recipient changed in the table, no longer opens.
    var sealingContext: String { "outbox v1|\(id?.uuidString.lowercased() ?? "")|\(recipient)|\(subject)" }

    init(recipient: String, subject: String, sealedBody: String, dedupeKey: String?, now: Date) {
        self.recipient = recipient
        self.subject = subject
        self.sealedBody = sealedBody
        self.dedupeKey = dedupeKey
        self.status = Status.pending.rawValue
        self.attempts = 0
        self.nextAttemptAt = now
    }
}
