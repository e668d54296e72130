import Foundation
import Testing

@testable import PortalCore

@Suite("Language choice")
struct LanguageTests {
    @Test(
        "Accept-Language picks the highest-quality supported language",
        arguments: [
            ("es-MX,es;q=0.9,en;q=0.8", Language.spanish),
            ("en-US,en;q=0.9,es;q=0.8", .english),
            ("fr-FR,es;q=0.5", .spanish),
            ("fr-FR", .english),
            ("en;q=0.2, es;q=0.7", .spanish),
            ("es;q=0", .english),
            ("", .english),
        ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(Language.preferred(byAcceptLanguage: header) == expected)
    }
}

@Suite("A stored language")
struct StoredLanguageTests {
    @Test("Reads back as itself, and one this version cannot read is English, so the account still loads")
    func decoding() throws {
        let decoded = try JSONDecoder().decode([Language].self, from: Data(#"["es","en","fr",""]"#.utf8))
        #expect(decoded == [.spanish, .english, .english, .english])
        #expect(String(decoding: try JSONEncoder().encode([Language.spanish]), as: UTF8.self) == #"["es"]"#)
    }
}
