import Crypto
import Foundation

/// Why a chosen password is refused. Composition rules are deliberately absent
/// (NIST SP 800-63B rev. 4, OWASP ASVS 5.0 section V6.2).
public enum PasswordProblem: Sendable, Equatable {
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
    case commonlyUsed
    case containsPersonalWord
}

public struct PasswordPolicy: Sendable {
    public static let minimumWithSecondFactor = 8
    public static let minimumWithoutSecondFactor = 15
    public static let maximumLength = 128
    /// Shorter name or e-mail fragments ("ana", "bo") would refuse too many good passwords.
    static let shortestPersonalWord = 4

    let commonPasswords: Set<String>

    public init(commonPasswords: Set<String>) {
        self.commonPasswords = commonPasswords
    }

    /// The policy with the bundled list of commonly used passwords.
    public static let standard: PasswordPolicy = {
        let url =
            Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "common-passwords", withExtension: "txt")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let words = text.split(whereSeparator: \.isNewline).map { $0.lowercased() }
        precondition(words.count > 10_000, "the common-password list is missing from the bundle")
        return PasswordPolicy(commonPasswords: Set(words))
    }()

    /// Length counts Unicode code points, as NIST asks, so every script is treated alike.
    public func problems(
        with password: String, hasSecondFactor: Bool, personalInformation: [String]
    ) -> [PasswordProblem] {
        let length = password.unicodeScalars.count
        let minimum = hasSecondFactor ? Self.minimumWithSecondFactor : Self.minimumWithoutSecondFactor
        var problems: [PasswordProblem] = []
        if length < minimum { problems.append(.tooShort(minimum: minimum)) }
        if length > Self.maximumLength { problems.append(.tooLong(maximum: Self.maximumLength)) }
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) { problems.append(.commonlyUsed) }
        if Self.personalWords(in: personalInformation).contains(where: { lowered.contains($0) }) {
            problems.append(.containsPersonalWord)
        }
        return problems
    }

    /// Words of a person's names and e-mail address: "Ana María Pérez", "ana.perez@example.org"
    /// give "maría", "pérez", "perez", "example".
    static func personalWords(in information: [String]) -> Set<String> {
        var words = Set<String>()
        for item in information {
            for word in item.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            where word.count >= shortestPersonalWord {
                words.insert(String(word))
            }
        }
        words.subtract(["gmail", "yahoo", "hotmail", "outlook"])
        return words
    }
}

/// Bcrypt reads only the first 72 bytes of its input. To keep every character of a long
/// password significant (passwords are never truncated), the password is first reduced to
/// a fixed 44-character SHA-256 digest in base64, which bcrypt then hashes.
public enum PasswordDigest {
    public static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
