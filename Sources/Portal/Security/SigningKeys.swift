import Fluent
import Foundation
import PortalCore
import PortalFHIR
import SQLKit

/// The hospital's signing keys as the portal uses them: the newest unretired key signs;
/// every key is published. The first signature made on a fresh database creates a key by
/// one conditional insert, so two app servers starting together agree on one (or, at
/// worst, both of theirs are published and either verifies).
struct SigningKeys: Sendable {
    let db: any Database
    let box: SecretBox

    init(db: any Database, secretsKey: [UInt8]) {
        self.db = db
        self.box = .signingKeys(secretsKey: secretsKey)
    }

    /// The key that signs now.
    func current(at now: Date) async throws -> SigningKey {
        if let key = try await newest() { return key }
        let fresh = SigningKey()
        let jwk = fresh.publicJWK
        let sql = db as! any SQLDatabase
        try await sql.raw(
            """
            INSERT INTO signing_keys (id, public_x, public_y, sealed_private_key, created_at)
            SELECT \(bind: fresh.keyID), \(bind: jwk["x"]!), \(bind: jwk["y"]!),
                   \(bind: try box.seal(fresh.stored, context: fresh.keyID)), \(bind: now)
            WHERE NOT EXISTS (SELECT 1 FROM signing_keys WHERE retired_at IS NULL)
            """
        ).run()
        guard let key = try await newest() else { throw PortalError.internalFailure }
        return key
    }

    private func newest() async throws -> SigningKey? {
        guard
            let row = try await HospitalSigningKey.query(on: db).filter(\.$retiredAt == nil)
                .sort(\.$createdAt, .descending).sort(\.$id).first(),
            let id = row.id
        else { return nil }
        guard let key = SigningKey(stored: try box.open(row.sealedPrivateKey, context: id)), key.keyID == id else {
            throw PortalError.internalFailure
        }
        return key
    }

    /// `{"keys": [...]}`: every key's public half, retired ones included.
    func published() async throws -> JSONValue {
        let rows = try await HospitalSigningKey.query(on: db).sort(\.$createdAt).all()
        return [
            "keys": .array(
                rows.map { row in
                    [
                        "kty": "EC", "crv": "P-256", "x": .string(row.publicX), "y": .string(row.publicY),
                        "kid": .string(row.id ?? ""), "use": "sig", "alg": "ES256",
                    ]
                })
        ]
    }
}

extension SecretBox {
    /// The box for the hospital's private signing keys: a key of its own, derived from `SECRETS_KEY`.
    static func signingKeys(secretsKey: [UInt8]) -> SecretBox {
        derived(from: secretsKey, info: "portal signing keys v1", keyID: "s1")
    }
}
