import Foundation

/// Free text typed into a form: line breaks kept as `\n`, other control characters
/// dropped, whitespace trimmed at both ends.
enum FormText {
    static func cleaned(_ typed: String?) -> String {
        String(
            (typed ?? "").replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter {
                $0 == "\n" || !CharacterSet.controlCharacters.contains($0)
            }
        ).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The same on one line, for names and short answers.
    static func line(_ typed: String?) -> String {
        cleaned(typed).replacingOccurrences(of: "\n", with: " ")
    }
}
