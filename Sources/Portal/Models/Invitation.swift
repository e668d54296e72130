import Fluent
import Foundation
import PortalCore

/// A single-use link that lets one person make a portal account for one patient. Only the
/// token's hash is stored; the link itself exists only in the e-mail.
final class Invitation: Model, @unchecked Sendable {
    static let schema = "invitations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "patient_id") var patient: Patient
    @Field(key: "relationship") var relationship: String
    @Field(key: "email") var email: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "wrong_answers") var wrongAnswers: Int
    /// When the ZIP code and date of birth were answered right: the account form opens for 30 minutes.
    @OptionalField(key: "verified_at") var verifiedAt: Date?
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "replaced_at") var replacedAt: Date?
    @OptionalParent(key: "sent_by") var sentBy: StaffUser?
    /// A deactivated account whose access grants the new account takes over.
    @OptionalParent(key: "replaces_member_id") var replacesMember: Member?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $patient, $relationship, $email, $tokenHash, $sentAt, $wrongAnswers, $verifiedAt, $usedAt, $replacedAt, $sentBy,
            $replacesMember, $createdAt,
        ]
    }

    init() {}

    init(patientID: UUID, relationship: Relationship, email: String, tokenHash: String, sentAt: Date, sentBy: UUID?) {
        self.$patient.id = patientID
        self.relationship = relationship.rawValue
        self.email = email
        self.tokenHash = tokenHash
        self.sentAt = sentAt
        self.wrongAnswers = 0
        self.$sentBy.id = sentBy
    }

    func state(at instant: Date) -> InvitationRules.State {
        InvitationRules.state(
            sentAt: sentAt, at: instant, wrongAnswers: wrongAnswers, used: usedAt != nil, replaced: replacedAt != nil)
    }

    static let verificationWindow: TimeInterval = 30 * 60
}
