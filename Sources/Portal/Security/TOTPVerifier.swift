import Crypto
import Foundation
import PortalCore
import Vapor

/// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds), the kind every
/// authenticator app reads from an `otpauth://` link.
enum TOTPVerifier {
    static let step: TimeInterval = 30
    /// One step either side forgives a phone clock that is up to 30 seconds off.
    static let tolerance = 1

    /// 160 random bits, base32 as authenticator apps expect.
    static func makeSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base32.encode((0..<20).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    static func code(secret: String, at time: Date) -> String? {
        guard let key = Base32.decode(secret) else { return nil }
        return TOTP(key: SymmetricKey(data: key), digest: .sha1, digits: .six, interval: Int(step)).generate(time: time)
    }

    /// The time step a code belongs to, if it is valid now and newer than the last one used:
    /// a code can never be used twice.
    static func acceptedCounter(code: String, secret: String, now: Date, lastUsedCounter: Int64?) -> Int64? {
        let digits = code.filter { !$0.isWhitespace }
        guard digits.count == 6, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        let current = Int64(floor(now.timeIntervalSince1970 / step))
        for offset in -tolerance...tolerance {
            let counter = current + Int64(offset)
            let time = Date(timeIntervalSince1970: Double(counter) * step)
            guard let expected = self.code(secret: secret, at: time),
                RandomToken.constantTimeEquals(expected, digits)
            else { continue }
            if let lastUsedCounter, counter <= lastUsedCounter { return nil }
            return counter
        }
        return nil
    }

    static func provisioningURI(secret: String, account: String, issuer: String) -> String {
        var components = URLComponents()
        components.scheme = "otpauth"
        components.host = "totp"
        components.path = "/\(issuer):\(account)"
        components.queryItems = [
            URLQueryItem(name: "secret", value: secret), URLQueryItem(name: "issuer", value: issuer),
            URLQueryItem(name: "algorithm", value: "SHA1"), URLQueryItem(name: "digits", value: "6"),
            URLQueryItem(name: "period", value: "30"),
        ]
        return components.string ?? ""
    }
}

enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: output, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        var buffer = 0, bits = 0
        for character in text.uppercased().utf8 where character != UInt8(ascii: "=") && character != UInt8(ascii: " ") {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return output.isEmpty ? nil : output
    }
}
