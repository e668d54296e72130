import Fluent
import Foundation

/// An uploaded document kept encrypted: an identity document, a court order, an adult's
/// written authorization, a photo of an insurance card. Only `DocumentVault` reads or writes its contents.
final class StoredDocument: Model, @unchecked Sendable {
    static let schema = "stored_documents"

    enum Purpose: String, Sendable {
        case grantSupport = "grant_support"
        case identityDocument = "identity_document"
        case messageAttachment = "message_attachment"
        case insuranceCard = "insurance_card"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "purpose") var purpose: String
    @Field(key: "media_type") var mediaType: String
    @Field(key: "byte_count") var byteCount: Int
    /// Which configured key sealed it, so keys can rotate.
    @Field(key: "key_id") var keyID: String
    /// AES-GCM combined form: nonce, ciphertext, tag.
    @Field(key: "sealed") var sealed: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $purpose, $mediaType, $byteCount, $keyID, $sealed, $createdAt] }

    init() {}

    init(purpose: Purpose, mediaType: String, byteCount: Int, keyID: String, sealed: Data) {
        self.purpose = purpose.rawValue
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.keyID = keyID
        self.sealed = sealed
    }
}
