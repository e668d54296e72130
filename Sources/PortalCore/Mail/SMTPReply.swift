/// A server's reply: a three-digit code and one or more lines ("250-first", "250 last").
public struct SMTPReply: Sendable, Equatable {
    public var code: Int
    public var lines: [String]

    public var isPositive: Bool { (200..<400).contains(code) }

    /// Collects reply lines; returns a reply once its last line has arrived.
    public struct Parser: Sendable {
        private var pending: [String] = []
        private var pendingCode: Int?

        public init() {}

        public enum Failure: Error, Equatable { case malformed }

        public mutating func feed(_ line: String) throws -> SMTPReply? {
            let characters = Array(line)
            guard characters.count >= 3, let code = Int(String(characters[0..<3])), (200...599).contains(code) else {
                throw Failure.malformed
            }
            if let pendingCode, pendingCode != code { throw Failure.malformed }
            let separator = characters.count > 3 ? characters[3] : " "
            guard separator == " " || separator == "-" else { throw Failure.malformed }
            pending.append(characters.count > 4 ? String(characters[4...]) : "")
            pendingCode = code
            guard separator == " " else { return nil }
            defer {
                pending = []
                pendingCode = nil
            }
            return SMTPReply(code: code, lines: pending)
        }
    }
}
