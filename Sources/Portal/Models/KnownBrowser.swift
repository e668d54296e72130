import Fluent
import Foundation

/// A browser an account has signed in from before, named by a random token in a long-lived
/// cookie (only its hash is stored). One browser may be known to several accounts.
final class KnownBrowser: Model, @unchecked Sendable {
    static let schema = "known_browsers"

    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "member_id") var member: Member?
    @OptionalParent(key: "staff_user_id") var staffUser: StaffUser?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "first_seen_at") var firstSeenAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    var properties: [any AnyProperty] { [$id, $member, $staffUser, $tokenHash, $firstSeenAt, $lastSeenAt] }

    init() {}

    init(owner: AccountOwner, tokenHash: String, at now: Date) {
        switch owner {
        case .member(let id): self.$member.id = id
        case .staff(let id): self.$staffUser.id = id
        }
        self.tokenHash = tokenHash
        self.firstSeenAt = now
        self.lastSeenAt = now
    }
}
