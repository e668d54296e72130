import Fluent
import Foundation

/// A member's new sign-in address, waiting for its owner to confirm it from a link sent to
/// that address. Only the link's hash is stored.
final class EmailChange: Model, @unchecked Sendable {
    static let schema = "email_changes"
    /// Long enough to find the e-mail the next day.
    static let validity: TimeInterval = 24 * 3_600

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Field(key: "new_email") var newEmail: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "requested_at") var requestedAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    var properties: [any AnyProperty] { [$id, $member, $newEmail, $tokenHash, $requestedAt, $usedAt] }

    init() {}

    init(memberID: UUID, newEmail: String, tokenHash: String, requestedAt: Date) {
        self.$member.id = memberID
        self.newEmail = newEmail
        self.tokenHash = tokenHash
        self.requestedAt = requestedAt
    }

    func isUsable(at now: Date) -> Bool { usedAt == nil && now.timeIntervalSince(requestedAt) < Self.validity }
}
