import Fluent
import Foundation

/// A server-side session. The cookie holds a random token; only its SHA-256 is stored,
/// so the table alone cannot be used to take over a session.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    enum Stage: String, Codable {
        /// Password accepted; the second factor is still to come.
        case awaitingSecondFactor = "awaiting_second_factor"
        /// Staff without a second factor must set one up before anything else.
        case settingUpSecondFactor = "setting_up_second_factor"
        case signedIn = "signed_in"
    }

    @ID(custom: "id", generatedBy: .user) var id: String?
    @OptionalParent(key: "member_id") var member: Member?
    @OptionalParent(key: "staff_user_id") var staffUser: StaffUser?
    @Enum(key: "stage") var stage: Stage
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @OptionalField(key: "client_address") var clientAddress: String?
    @OptionalField(key: "user_agent") var userAgent: String?
    /// A new second-factor secret (encrypted) shown to the person until they confirm a code from it.
    @OptionalField(key: "pending_totp_secret") var pendingTOTPSecret: String?
    /// When the password (and second factor) were last given in this session: at sign-in, or
    /// again before a sensitive change.
    @OptionalField(key: "reauthenticated_at") var reauthenticatedAt: Date?
    /// Where a member goes once their second factor is given: the page they were on their
    /// way to when sign-in began.
    @OptionalField(key: "resume_path") var resumePath: String?

    var properties: [any AnyProperty] {
        [
            $id, $member, $staffUser, $stage, $csrfToken, $createdAt, $lastSeenAt, $clientAddress, $userAgent, $pendingTOTPSecret,
            $reauthenticatedAt, $resumePath,
        ]
    }

    init() {}

    init(tokenHash: String, memberID: UUID?, staffUserID: UUID?, stage: Stage, csrfToken: String, now: Date) {
        self.id = tokenHash
        self.$member.id = memberID
        self.$staffUser.id = staffUserID
        self.stage = stage
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}
