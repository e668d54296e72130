/// Recovery codes: 16 characters from a 32-letter alphabet (80 random bits), shown as
/// `ABCD-EFGH-JKLM-NPQR`. The alphabet leaves out 0, 1, I and O, which are read one for another.
public enum RecoveryCodeFormat {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    public static let length = 16
    /// log2(32) bits for each character.
    public static let bits = 5 * length
    public static let countPerSet = 10

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
        return stride(from: 0, to: length, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// What a person typed, as the code it names: case, spaces and dashes do not matter. Nil for
    /// anything that cannot be a code, so no hashing is spent on it.
    public static func normalized(_ typed: String) -> String? {
        let characters = typed.uppercased().filter { $0 != "-" && !$0.isWhitespace }
        guard characters.count == length, characters.allSatisfy(alphabet.contains) else { return nil }
        return characters
    }
}

/// Sensitive changes (password, e-mail address, second factor, new recovery codes) need the
/// password, and the second factor where there is one, given again within the last 5 minutes.
public enum FreshProof {
    public static let window: Double = 5 * 60

    /// `provedAt` is when the password (and code) were last given in this session.
    public static func isFresh(provedAt: Double?, now: Double) -> Bool {
        guard let provedAt else { return false }
        let age = now - provedAt
        return age >= -5 && age < window
    }
}
