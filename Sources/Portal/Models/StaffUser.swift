import Fluent
import Foundation
import PortalCore

final class StaffUser: Model, @unchecked Sendable {
    static let schema = "staff_users"

    typealias Role = StaffRole
    enum Status: String, Codable { case active, deactivated }

    @ID(key: .id) var id: UUID?
    /// A stable name for the person that does not change with their e-mail address: what a
    /// single sign-on would match on.
    @OptionalField(key: "subject") var subject: String?
    @Field(key: "email") var email: String
    @Field(key: "full_name") var fullName: String
    @Field(key: "password_hash") var passwordHash: String
    @Enum(key: "role") var role: Role
    @Enum(key: "status") var status: Status
    @Field(key: "language") var language: Language
    /// Encrypted; staff cannot reach anything until they have one.
    @OptionalField(key: "totp_secret") var totpSecret: String?
    @OptionalField(key: "totp_last_counter") var totpLastCounter: Int64?
    /// Consecutive failed sign-ins (passwords and codes); counted and cleared in SQL.
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "sign_in_locked_at") var signInLockedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $subject, $email, $fullName, $passwordHash, $role, $status, $language, $totpSecret, $totpLastCounter,
            $failedSignIns, $signInLockedAt, $createdAt,
        ]
    }

    init() {}

    init(id: UUID? = nil, email: String, fullName: String, passwordHash: String, role: Role, language: Language = .english) {
        self.id = id
        self.subject = (id ?? UUID()).uuidString.lowercased()
        self.email = email
        self.fullName = fullName
        self.passwordHash = passwordHash
        self.failedSignIns = 0
        self.role = role
        self.status = .active
        self.language = language
    }
}
