import Fluent
import Foundation

/// A one-time code sent by e-mail: the second factor of a family without a smartphone. Bound
/// to what it is for (a sign-in's session, a reset link, a confirmation) so a code sent for one
/// cannot finish another; only its MAC is stored.
final class EmailCode: Model, @unchecked Sendable {
    static let schema = "email_codes"

    enum Purpose: String, Codable, Sendable {
        case signIn = "sign_in"
        case passwordReset = "password_reset"
        case confirmIdentity = "confirm_identity"
        case enrol
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Enum(key: "purpose") var purpose: Purpose
    /// What the code may finish: a hash of the session or the reset it was sent for.
    @Field(key: "binding") var binding: String
    @Field(key: "code_mac") var codeMAC: String
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "wrong_attempts") var wrongAttempts: Int
    @OptionalField(key: "used_at") var usedAt: Date?

    var properties: [any AnyProperty] { [$id, $member, $purpose, $binding, $codeMAC, $sentAt, $wrongAttempts, $usedAt] }

    init() {}

    init(memberID: UUID, purpose: Purpose, binding: String, codeMAC: String, sentAt: Date) {
        self.$member.id = memberID
        self.purpose = purpose
        self.binding = binding
        self.codeMAC = codeMAC
        self.sentAt = sentAt
        self.wrongAttempts = 0
    }
}
