import Fluent
import Foundation

/// An app's request to the authorization page, kept while the member signs in and answers.
/// Once they say yes it carries the code the app exchanges for tokens: single use, minutes
/// long, bound to the redirect address and the PKCE challenge the app sent.
final class AppRequest: Model, @unchecked Sendable {
    static let schema = "app_requests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "app_id") var app: SMARTApp
    @Field(key: "redirect_uri") var redirectURI: String
    @OptionalField(key: "state") var state: String?
    @Field(key: "code_challenge") var codeChallenge: String
    /// What the app asked for, already narrowed to what it may be given.
    @Field(key: "scopes") var scopes: String
    @OptionalField(key: "nonce") var nonce: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalParent(key: "authorization_id") var authorization: AppAuthorization?
    @OptionalField(key: "code_hash") var codeHash: String?
    @OptionalField(key: "code_expires_at") var codeExpiresAt: Date?
    @OptionalField(key: "code_used_at") var codeUsedAt: Date?

    var properties: [any AnyProperty] {
        [
            $id, $app, $redirectURI, $state, $codeChallenge, $scopes, $nonce, $createdAt, $expiresAt, $answeredAt,
            $authorization, $codeHash, $codeExpiresAt, $codeUsedAt,
        ]
    }

    init() {}
}
