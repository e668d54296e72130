import Fluent
import Foundation

/// A one-time code for someone who lost their authenticator; only its SHA-256 is stored.
final class RecoveryCode: Model, @unchecked Sendable {
    static let schema = "recovery_codes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Field(key: "code_hash") var codeHash: String
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(memberID: UUID, codeHash: String) {
        self.$member.id = memberID
        self.codeHash = codeHash
    }
}
