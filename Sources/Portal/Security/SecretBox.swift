@preconcurrency import Crypto
import Foundation

/// Encrypts small secrets (second-factor keys) at rest with AES-GCM. Each sealed value
/// starts with a key id, so a later key can be added without re-encrypting at once.
struct SecretBox: Sendable {
    private let keyID = "k1"
    private let key: SymmetricKey

    init(keyBytes: [UInt8]) {
        key = SymmetricKey(data: keyBytes)
    }

    func seal(_ plaintext: String) throws -> String {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: key)
        guard let combined = box.combined else { throw PortalError.internalFailure }
        return "\(keyID):\(combined.base64EncodedString())"
    }

    func open(_ sealed: String) throws -> String {
        let parts = sealed.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0] == keyID, let data = Data(base64Encoded: String(parts[1])) else {
            throw PortalError.internalFailure
        }
        let plaintext = try AES.GCM.open(try AES.GCM.SealedBox(combined: data), using: key)
        return String(decoding: plaintext, as: UTF8.self)
    }
}
