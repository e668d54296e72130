/// What a message's subject and body may be, and how typed text is tidied before it is
/// kept: line endings made one kind, control characters dropped, ends trimmed. Markup is
/// not touched here; pages escape it, so it is shown as typed and never run.
public enum MessageText {
    public static let subjectLimit = 120
    public static let bodyLimit = 10_000

    public enum Problem: Error, Sendable, Equatable {
        case subjectMissing, subjectTooLong, bodyMissing, bodyTooLong
    }

    /// A subject on one line.
    public static func subject(_ typed: String) -> Result<String, Problem> {
        let text = clean(typed).split(whereSeparator: \.isNewline).joined(separator: " ")
        if text.isEmpty { return .failure(.subjectMissing) }
        if text.count > subjectLimit { return .failure(.subjectTooLong) }
        return .success(text)
    }

    public static func body(_ typed: String) -> Result<String, Problem> {
        let text = clean(typed)
        if text.isEmpty { return .failure(.bodyMissing) }
        if text.count > bodyLimit { return .failure(.bodyTooLong) }
        return .success(text)
    }

    static func clean(_ typed: String) -> String {
        let unified = typed.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let kept = unified.unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !(scalar.properties.generalCategory == .control)
        }
        return String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
