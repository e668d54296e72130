import Fluent
import Foundation

/// An access or refresh token under one authorization; only its SHA-256 is kept. A refresh
/// token is used once: exchanging it marks it used and issues the next pair.
final class AppToken: Model, @unchecked Sendable {
    static let schema = "app_tokens"

    enum Kind: String, Codable {
        case access, refresh
    }

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Parent(key: "authorization_id") var authorization: AppAuthorization
    @Enum(key: "kind") var kind: Kind
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    var properties: [any AnyProperty] { [$id, $authorization, $kind, $scopes, $createdAt, $expiresAt, $usedAt] }

    init() {}

    init(hash: String, authorizationID: UUID, kind: Kind, scopes: String, at now: Date, lifetime: TimeInterval) {
        self.id = hash
        self.$authorization.id = authorizationID
        self.kind = kind
        self.scopes = scopes
        self.createdAt = now
        self.expiresAt = now.addingTimeInterval(lifetime)
    }
}
