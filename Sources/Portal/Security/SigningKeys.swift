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

    /// Retires every key that signs now and makes a new one, in one transaction. Retired
    /// keys stay published, so health cards and ID tokens they signed still verify.
    func rotate(at now: Date) async throws -> (retired: [String], created: String) {
        let fresh = SigningKey()
        let jwk = fresh.publicJWK
        let sealed = try box.seal(fresh.stored, context: fresh.keyID)
        let retired = try await db.transaction { transaction in
            let signing = try await HospitalSigningKey.query(on: transaction).filter(\.$retiredAt == nil).all()
            try await HospitalSigningKey.query(on: transaction).filter(\.$retiredAt == nil).set(\.$retiredAt, to: now)
                .update()
            let row = HospitalSigningKey()
            row.id = fresh.keyID
            row.publicX = jwk["x"]!
            row.publicY = jwk["y"]!
            row.sealedPrivateKey = sealed
            row.createdAt = now
            try await row.create(on: transaction)
            return signing.compactMap(\.id)
        }
        return (retired, fresh.keyID)
    }

    /// Stops publishing a retired key: for a key that may have leaked. Everything it signed
    /// stops verifying, so it is refused for the key that signs now (rotate first).
    func withdraw(keyID: String) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            "DELETE FROM signing_keys WHERE id = \(bind: keyID) AND retired_at IS NOT NULL RETURNING id"
        ).all()
        return !rows.isEmpty
    }

    /// Every key, newest first: its id, when it was made, and when it stopped signing.
    func all() async throws -> [(id: String, created: Date, retired: Date?)] {
        try await HospitalSigningKey.query(on: db).sort(\.$createdAt, .descending).all().map {
            ($0.id ?? "", $0.createdAt, $0.retiredAt)
        }
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

    /// `{"keys": [...]}`: every key's public half, retired ones included; the first key is
    /// made here if none signed yet, so a verifier never reads an empty set.
    func published(at now: Date) async throws -> JSONValue {
        _ = try await current(at: now)
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
