import Foundation

/// A telephone number as a person types it: digits with the usual separators, 10 to 15
/// digits in all (a US number with its area code, or an international one).
public struct PhoneNumber: Sendable, Hashable {
    /// The number as typed, trimmed: what a scheduler or HIM calls back.
    public let text: String
    /// Its digits alone, for comparing two numbers.
    public let digits: String

    public static let maxLength = 30

    public init?(_ typed: String) {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= Self.maxLength,
            trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || " +()-.".contains($0) })
        else { return nil }
        let digits = trimmed.filter(\.isNumber)
        guard (10...15).contains(digits.count) else { return nil }
        self.text = trimmed
        self.digits = digits
    }

    /// The last ten digits: a US number written with or without its country code.
    public var nationalDigits: Substring { digits.suffix(10) }
}
