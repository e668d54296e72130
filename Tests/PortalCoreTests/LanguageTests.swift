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
