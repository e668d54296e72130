import Fluent
import Foundation

/// A one-time code for someone who lost their authenticator, of a member or a staff member.
/// Stored as bcrypt with a salt shared by the account's set, so one hash of what was typed
/// finds the code it matches.
final class RecoveryCode: Model, @unchecked Sendable {
    static let schema = "account_recovery_codes"

    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "member_id") var member: Member?
    @OptionalParent(key: "staff_user_id") var staffUser: StaffUser?
    @Field(key: "code_hash") var codeHash: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    var properties: [any AnyProperty] { [$id, $member, $staffUser, $codeHash, $createdAt, $usedAt] }

    init() {}

    init(owner: AccountOwner, codeHash: String, createdAt: Date) {
        switch owner {
        case .member(let id): self.$member.id = id
        case .staff(let id): self.$staffUser.id = id
        }
        self.codeHash = codeHash
        self.createdAt = createdAt
    }
}

/// Whose account: a family member's or a staff member's.
enum AccountOwner: Sendable, Equatable {
    case member(UUID)
    case staff(UUID)

    var id: UUID {
        switch self {
        case .member(let id), .staff(let id): id
        }
    }

    /// The column naming the account in tables that belong to either kind (sessions, codes).
    var ownerColumn: FieldKey {
        switch self {
        case .member: "member_id"
        case .staff: "staff_user_id"
        }
    }

    var lockKind: AccountLock.Kind {
        switch self {
        case .member: .member
        case .staff: .staff
        }
    }

    var actorKind: AuditEntry.ActorKind {
        switch self {
        case .member: .member
        case .staff: .staff
        }
    }
}
