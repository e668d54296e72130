import Fluent
import Foundation

/// One ES256 key of the hospital's, named by its RFC 7638 thumbprint. The private half is
/// sealed with a key derived from `SECRETS_KEY`; the public half is kept in the clear to be
/// published.
final class HospitalSigningKey: Model, @unchecked Sendable {
    static let schema = "signing_keys"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "public_x") var publicX: String
    @Field(key: "public_y") var publicY: String
    @Field(key: "sealed_private_key") var sealedPrivateKey: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "retired_at") var retiredAt: Date?

    var properties: [any AnyProperty] { [$id, $publicX, $publicY, $sealedPrivateKey, $createdAt, $retiredAt] }

    init() {}
}
