import Fluent
import Foundation
import PortalCore

/// A forgotten password's single-use link. Only the token's hash is stored; the link exists
/// only in the e-mail. Where the account has a second factor, the browser that proved it
/// holds a second secret whose hash is kept here, so a link read from the inbox alone cannot
/// set the password.
final class PasswordReset: Model, @unchecked Sendable {
    static let schema = "password_resets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "member_id") var member: Member
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "requested_at") var requestedAt: Date
    /// The hash of the secret given to the browser that entered the second factor.
    @OptionalField(key: "proof_hash") var proofHash: String?
    @OptionalField(key: "used_at") var usedAt: Date?

    var properties: [any AnyProperty] { [$id, $member, $tokenHash, $requestedAt, $proofHash, $usedAt] }

    init() {}

    init(memberID: UUID, tokenHash: String, requestedAt: Date) {
        self.$member.id = memberID
        self.tokenHash = tokenHash
        self.requestedAt = requestedAt
    }

    func state(at instant: Date) -> PasswordResetRules.State {
        PasswordResetRules.state(requestedAt: requestedAt, usedAt: usedAt, at: instant)
    }
}

extension PasswordReset {
    /// Links are kept a day past their 30 minutes, then go: the audit trail keeps what happened.
    static func prune(before now: Date, on database: any Database) async throws {
        try await PasswordReset.query(on: database).filter(\.$requestedAt < now.addingTimeInterval(-86_400)).delete()
    }
}
