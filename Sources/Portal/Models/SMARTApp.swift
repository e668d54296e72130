import Fluent
import Foundation
import PortalCore

/// An app an administrator registered so families can connect it: its name as families
/// see it, where it may receive codes, and the most it may ask for. A confidential app
/// (one with a server) also proves itself with a secret, of which only the hash is kept.
final class SMARTApp: Model, @unchecked Sendable {
    static let schema = "smart_apps"

    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: String
    @Field(key: "name") var name: String
    @Field(key: "confidential") var confidential: Bool
    @OptionalField(key: "secret_hash") var secretHash: String?
    /// One address per line, matched exactly.
    @Field(key: "redirect_uris") var redirectURIs: String
    /// The scopes it was registered for, in SMART's v2 form.
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalParent(key: "created_by") var createdBy: StaffUser?
    @OptionalField(key: "disabled_at") var disabledAt: Date?

    var properties: [any AnyProperty] {
        [$id, $clientID, $name, $confidential, $secretHash, $redirectURIs, $scopes, $createdAt, $createdBy, $disabledAt]
    }

    init() {}

    init(
        name: String, clientID: String, confidential: Bool, secretHash: String?, redirectURIs: [String], scopes: String,
        createdBy: UUID?, at now: Date
    ) {
        self.name = name
        self.clientID = clientID
        self.confidential = confidential
        self.secretHash = secretHash
        self.redirectURIs = redirectURIs.joined(separator: "\n")
        self.scopes = scopes
        self.$createdBy.id = createdBy
        self.createdAt = now
    }

    var redirectAddresses: [String] { RedirectAddress.list(redirectURIs) }
    var registeredScopes: [SMARTScope] { SMARTScope.list(scopes) }
}
