import Fluent
import Foundation
import PortalCore

/// A portal login of a parent, guardian or patient. Health information belongs to the
/// patient, never to the login, so deactivating a member loses nothing.
final class Member: Model, @unchecked Sendable {
    static let schema = "members"

    enum Status: String, Codable { case active, deactivated }

    @ID(key: .id) var id: UUID?
    /// Lowercased and trimmed, so one address has one account. A closed account lets go of
    /// its address (see `releasedEmail`).
    @Field(key: "email") var email: String
    /// The address a closed account signed in with, kept for HIM's pages and the re-invitation.
    @OptionalField(key: "released_email") var releasedEmail: String?
    @Field(key: "full_name") var fullName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "language") var language: Language
    @Enum(key: "status") var status: Status
    @OptionalField(key: "totp_secret") var totpSecret: String?
    @OptionalField(key: "totp_last_counter") var totpLastCounter: Int64?
    /// The second factor is a one-time code by e-mail instead of an authenticator app.
    @Field(key: "email_second_factor") var emailSecondFactor: Bool
    /// Consecutive failed sign-ins (passwords and codes); counted and cleared in SQL.
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "sign_in_locked_at") var signInLockedAt: Date?
    @OptionalField(key: "deactivated_at") var deactivatedAt: Date?
    @OptionalParent(key: "deactivated_by") var deactivatedBy: StaffUser?
    /// HIM's words; shown only to HIM.
    @OptionalField(key: "deactivation_reason") var deactivationReason: String?
    /// Days to wait before new results show (0-7): the family's choice, never the hospital's.
    @Field(key: "result_delay_days") var resultDelayDays: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $email, $releasedEmail, $fullName, $passwordHash, $language, $status, $totpSecret, $totpLastCounter,
            $emailSecondFactor, $failedSignIns, $signInLockedAt, $deactivatedAt, $deactivatedBy, $deactivationReason,
            $resultDelayDays, $createdAt,
        ]
    }

    init() {}

    init(id: UUID? = nil, email: String, fullName: String, passwordHash: String, language: Language = .english) {
        self.id = id
        self.email = email
        self.fullName = fullName
        self.passwordHash = passwordHash
        self.failedSignIns = 0
        self.language = language
        self.status = .active
        self.resultDelayDays = 0
        self.emailSecondFactor = false
    }

    /// The address to show staff: the one it signs in with, or had before it was closed.
    var shownEmail: String { releasedEmail ?? email }

    /// What a closed account holds in place of its address: unique, and no address at all.
    static func releasedAddress(of id: UUID) -> String { "released:" + id.uuidString.lowercased() }

    var hasSecondFactor: Bool { totpSecret != nil || emailSecondFactor }

    /// Whether the password may be as short as the rules allow with a second factor. A code by
    /// e-mail does not count: it comes to the same inbox that can reset the password.
    var hasStrongSecondFactor: Bool { totpSecret != nil }
}
