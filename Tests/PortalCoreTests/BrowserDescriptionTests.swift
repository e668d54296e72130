import Testing

@testable import PortalCore

@Suite("Browser descriptions")
struct BrowserDescriptionTests {
    @Test("Common browsers are named with their system; anything else is unknown")
    func names() {
        let cases: [(String, String?, String?)] = [
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Mobile Safari/537.36",
                "Chrome", "Android"
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                "Safari", "iPhone"
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0 Safari/537.36 Edg/129.0",
                "Edge", "Windows"
            ),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:131.0) Gecko/20100101 Firefox/131.0", "Firefox", "macOS"),
            ("curl/8.5.0", nil, nil),
            ("", nil, nil),
        ]
        for (agent, browser, system) in cases {
            let described = BrowserDescription.of(userAgent: agent)
            #expect(described?.browser == browser && described?.system == system, "\(agent)")
        }
        #expect(BrowserDescription.of(userAgent: nil) == nil)
    }
}
