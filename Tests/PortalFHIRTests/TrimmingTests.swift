import Foundation
import Testing

@testable import PortalFHIR

@Suite("Trimming text read from a bundle")
struct TrimmingTests {
    @Test(
        "White space goes from both ends as Foundation's trimming does, and nothing else",
        arguments: [
            "", " ", "\t\n\r ", "Hemoglobin", "  Hemoglobin \n", "\u{00A0}no-break\u{00A0}", "\u{3000}全角\u{3000}",
            "\u{2028}line\u{2029}", "a b", " e\u{0301} ", "\u{0301}x", "x\u{0085}", "\u{200B}zero width\u{200B}",
            "😀 ", "\u{000B}\u{000C}v", "x", "!~", "~ ~", "A\u{200B}", "\u{200B}A", "x\u{3000}", "\u{2003}x", "a\u{7F}",
        ])
    func agreesWithFoundation(text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
