@preconcurrency import Crypto
import Foundation

/// Encrypts small secrets (second-factor keys, e-mail waiting to be sent) at rest with
/// AES-GCM. Each sealed value starts with a key id, so a later key can be added without
/// re-encrypting at once.
struct SecretBox: Sendable {
    private let keyID: String
    private let key: SymmetricKey

    init(keyBytes: [UInt8]) {
        keyID = "k1"
        key = SymmetricKey(data: keyBytes)
    }

    /// The box for e-mail bodies waiting in the outbox: a key of its own, derived from
    /// `SECRETS_KEY`, so the outbox and the second factors never share one.
    static func outboxBodies(secretsKey: [UInt8]) -> SecretBox {
        derived(from: secretsKey, info: "portal outbox bodies v1", keyID: "o1")
    }

    /// A box whose key is derived from `secretsKey` for one purpose, named by `info`.
    static func derived(from secretsKey: [UInt8], info: String, keyID: String) -> SecretBox {
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: secretsKey), info: Data(info.utf8), outputByteCount: 32)
        return SecretBox(key: key, keyID: keyID)
    }

    private init(key: SymmetricKey, keyID: String) {
        self.key = key
        self.keyID = keyID
    }

    /// `context` is authenticated with the value: it opens only with the same context (the
    /// row it belongs to), so a sealed value moved to another row does not open.
    func seal(_ plaintext: String, context: String = "") throws -> String {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw PortalError.internalFailure }
        return "\(keyID):\(combined.base64EncodedString())"
    }

    func open(_ sealed: String, context: String = "") throws -> String {
        let parts = sealed.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0] == keyID, let data = Data(base64Encoded: String(parts[1])) else {
            throw PortalError.internalFailure
        }
        let plaintext = try AES.GCM.open(
            try AES.GCM.SealedBox(combined: data), using: key, authenticating: Data(context.utf8))
        return String(decoding: plaintext, as: UTF8.self)
    }
}
