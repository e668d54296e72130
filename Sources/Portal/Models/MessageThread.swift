import Fluent
import Foundation
import PortalCore

/// A conversation about one patient between a family and a care team. Who reads it is fixed by
/// its audience when it starts, and by a clinician's restriction.
final class MessageThread: Model, @unchecked Sendable {
    static let schema = "message_threads"

    enum Status: String, Codable, Sendable { case open, done }

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @Parent(key: "pool_id") var careTeam: CareTeam
    @Field(key: "subject") var subject: String
    @Enum(key: "audience") var audience: ThreadAudience
    @Enum(key: "status") var status: Status
    @OptionalParent(key: "started_by_member_id") var startedBy: Member?
    @OptionalParent(key: "assigned_staff_id") var assignee: StaffUser?
    @OptionalField(key: "restriction_reason") var restrictionReason: String?
    @OptionalField(key: "restricted_by") var restrictedBy: UUID?
    @OptionalField(key: "restricted_at") var restrictedAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_message_at") var lastMessageAt: Date
    /// Who wrote the newest message, when a member did; nil when the care team did.
    @OptionalField(key: "last_author_member_id") var lastAuthorMemberID: UUID?
    /// When the family's oldest unanswered message arrived; nil once the care team replied.
    @OptionalField(key: "waiting_since") var waitingSince: Date?
    @Field(key: "message_count") var messageCount: Int

    var properties: [any AnyProperty] {
        [
            $id, $patient, $careTeam, $subject, $audience, $status, $startedBy, $assignee, $restrictionReason, $restrictedBy,
            $restrictedAt, $createdAt, $lastMessageAt, $lastAuthorMemberID, $waitingSince, $messageCount,
        ]
    }

    init() {}

    init(patientID: UUID, careTeamID: UUID, subject: String, audience: ThreadAudience, startedBy memberID: UUID, at now: Date) {
        self.$patient.id = patientID
        self.$careTeam.id = careTeamID
        self.subject = subject
        self.audience = audience
        self.status = .open
        self.$startedBy.id = memberID
        self.createdAt = now
        self.lastMessageAt = now
        self.lastAuthorMemberID = memberID
        self.waitingSince = now
        self.messageCount = 0
    }

    var facts: ThreadFacts { ThreadFacts(audience: audience, isRestricted: restrictedAt != nil, careTeamID: $careTeam.id) }
}
