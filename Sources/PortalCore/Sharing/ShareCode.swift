import Crypto
import Foundation

/// A code a family gives a school nurse: twelve characters of Crockford's base32 (60 random
/// bits), shown in three groups. Read forgivingly: any case, spaces or hyphens, and the
/// letters people confuse with digits (O, I, L) read as the digits.
public struct ShareCode: Sendable, Equatable {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let length = 12

    /// The twelve characters, without separators.
    public let value: String

    public static func random() -> ShareCode {
        var generator = SystemRandomNumberGenerator()
        return ShareCode(value: String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt8(32)))] }))
    }

    private init(value: String) { self.value = value }

    /// What a person typed, if it can be a code.
    public init?(typed text: String) {
        var characters: [Character] = []
        for character in text.uppercased() {
            switch character {
            case " ", "-", "\u{2010}", "\u{2013}": continue
            case "O": characters.append("0")
            case "I", "L": characters.append("1")
            default:
                guard Self.alphabet.contains(character) else { return nil }
                characters.append(character)
            }
        }
        guard characters.count == Self.length else { return nil }
        value = String(characters)
    }

    /// `ABCD-EFGH-JKMN`: how the family reads it out.
    public var grouped: String {
        let characters = Array(value)
        return stride(from: 0, to: characters.count, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// The last four characters, which the family's list shows to tell codes apart.
    public var ending: String { String(value.suffix(4)) }

    /// What the database keeps: a keyed hash, so a copy of the database alone cannot be
    /// searched for codes.
    public func lookupKey(secret: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: secret)
        return Data(mac).map { String(format: "%02x", $0) }.joined()
    }
}

/// What a share code opens.
public enum SharedRecordKind: String, Sendable, CaseIterable {
    /// The immunization record a school asks for.
    case immunizations
    /// Allergies, medicines and immunizations: what a camp nurse needs.
    case healthSummary = "health-summary"
}

/// The rules of share codes: who may make one, for how long, and when one stops opening.
public enum ShareCodeRules {
    /// The lengths a family may choose, in days; the longest is the most the portal allows.
    public static let validityChoices = [1, 7, 14, 30]
    public static let maxWrongBirthDates = 5

    /// Who decides what leaves a record: the patient from 12 (their own account), a parent
    /// or guardian of a younger child, or one HIM gave full access (a guardianship). Never a
    /// parent of a 12-17-year-old: the teenager decides. Checked again at every use.
    public static func mayShare(_ level: AccessLevel) -> Bool {
        switch level {
        case .patientSelf, .proxyFull: true
        case .proxyAdolescentLimited, .staff: false
        }
    }

    public enum State: Sendable, Equatable {
        case active, expired, revoked, locked
    }

    public static func state(expiresAt: Date, revoked: Bool, locked: Bool, at now: Date) -> State {
        if revoked { return .revoked }
        if locked { return .locked }
        if now >= expiresAt { return .expired }
        return .active
    }
}
