@preconcurrency import Crypto
import Foundation

/// One of the hospital's ES256 signing keys (P-256): it signs ID tokens for apps (and, with
/// the same rules, health cards). Its id is its RFC 7638 thumbprint, as SMART Health Cards
/// require, so anyone can check that a published key is the one named.
public struct SigningKey: Sendable {
    public let privateKey: P256.Signing.PrivateKey

    public init(_ privateKey: P256.Signing.PrivateKey = P256.Signing.PrivateKey()) {
        self.privateKey = privateKey
    }

    /// A key kept as its raw 32-byte scalar, base64url.
    public init?(stored text: String) {
        guard let bytes = Base64URL.decode(text), let key = try? P256.Signing.PrivateKey(rawRepresentation: bytes)
        else { return nil }
        self.init(key)
    }

    public var stored: String { Base64URL.encode(privateKey.rawRepresentation) }

    private var coordinates: (x: String, y: String) {
        // x9.63: 0x04 || X (32 bytes) || Y (32 bytes).
        let point = privateKey.publicKey.x963Representation
        return (Base64URL.encode(point.dropFirst().prefix(32)), Base64URL.encode(point.suffix(32)))
    }

    /// RFC 7638: SHA-256 of the required members in lexicographic order, without spaces.
    public var keyID: String {
        let (x, y) = coordinates
        let canonical = #"{"crv":"P-256","kty":"EC","x":"\#(x)","y":"\#(y)"}"#
        return Base64URL.encode(Data(SHA256.hash(data: Data(canonical.utf8))))
    }

    /// The public half as a JWK, for `/.well-known/jwks.json`.
    public var publicJWK: [String: String] {
        let (x, y) = coordinates
        return ["kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": keyID, "use": "sig", "alg": "ES256"]
    }

    /// A compact JWS over `payload` (already JSON, or a deflated payload for a health card):
    /// the header names the algorithm and this key, plus `extraHeader` (`typ`, `zip`).
    public func sign(_ payload: Data, extraHeader: KeyValuePairs<String, String> = [:]) throws -> String {
        var members = [#""alg":"ES256""#, #""kid":"\#(keyID)""#]
        for (name, value) in extraHeader {
            precondition(name.allSatisfy(\.isLetter) && value.allSatisfy { $0.isLetter || $0.isNumber })
            members.append(#""\#(name)":"\#(value)""#)
        }
        let header = "{" + members.joined(separator: ",") + "}"
        let signingInput = Base64URL.encode(Data(header.utf8)) + "." + Base64URL.encode(payload)
        // JOSE's ES256 signature is R || S, 64 bytes: swift-crypto's raw representation.
        let signature = try privateKey.signature(for: Data(signingInput.utf8)).rawRepresentation
        return signingInput + "." + Base64URL.encode(signature)
    }

    /// Whether `jws` is a compact JWS this key's public half verifies.
    public func verifies(_ jws: String) -> Bool {
        let parts = jws.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let signature = Base64URL.decode(String(parts[2])),
            let ecdsa = try? P256.Signing.ECDSASignature(rawRepresentation: signature)
        else { return false }
        return privateKey.publicKey.isValidSignature(ecdsa, for: Data("\(parts[0]).\(parts[1])".utf8))
    }
}
