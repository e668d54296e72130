import Foundation
import Testing

@testable import Portal

/// A parent can add the portal to a phone's home screen like an app: icons and a manifest in
/// the page's language, and nothing kept offline.
@Suite("An installable web app")
struct InstallableAppTests {
    @Test("Every page links the icons, the manifest in its language and the theme colour; no service worker")
    func pagesLinkTheApp() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            let english = try await browser.get(Routes.signIn()).body
            for link in [
                #"<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">"#,
                #"<link rel="apple-touch-icon" href="/apple-touch-icon.png">"#,
                #"<link rel="manifest" href="/manifest.webmanifest?lang=en">"#, ##"<meta name="theme-color" content="#0b5cad">"##,
            ] {
                #expect(english.contains(link), "\(link)")
            }
            try await browser.post(Routes.chooseLanguage(), ["language": "es", "return_to": "/sign-in"])
            #expect(try await browser.get(Routes.signIn()).body.contains(#"href="/manifest.webmanifest?lang=es""#))
            let script = try await browser.get(Routes.script()).body
            #expect(!script.contains("serviceWorker") && !script.contains("caches."))
        }
    }

    @Test("The manifest names the hospital's portal in English or Spanish, opens at home, standalone, with its icons")
    func manifest() async throws {
        try await withTestApp { world in
            for (query, name, lang) in [
                ("", "Riverside Children's Hospital patient portal", "en"),
                ("?lang=es", "Portal del paciente de Riverside Children's Hospital", "es"),
                ("?lang=klingon", "Riverside Children's Hospital patient portal", "en"),
            ] {
                let page = try await Browser(world).get(Routes.webManifest() + query)
                #expect(page.status == .ok && page.headers.contentType?.description == "application/manifest+json")
                let json = try #require(
                    try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
                #expect(json["name"] as? String == name && json["lang"] as? String == lang)
                #expect(json["start_url"] as? String == "/" && json["display"] as? String == "standalone")
                let icons = try #require(json["icons"] as? [[String: Any]])
                #expect(Set(icons.compactMap { $0["sizes"] as? String }) == ["192x192", "512x512", "any"])
            }
        }
    }

    @Test("Each icon is served as the image it says it is, with a cache lifetime")
    func icons() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            for (path, type, signature) in [
                (Routes.icon192(), "image/png", [UInt8]([0x89, 0x50, 0x4E, 0x47])),
                (Routes.icon512(), "image/png", [0x89, 0x50, 0x4E, 0x47]),
                (Routes.touchIcon(), "image/png", [0x89, 0x50, 0x4E, 0x47]),
                (Routes.favicon(), "image/x-icon", [0, 0, 1, 0]),
                (Routes.iconSVG(), "image/svg+xml", Array("<svg".utf8)),
            ] {
                let icon = try await browser.get(path)
                #expect(icon.status == .ok, "\(path)")
                #expect(icon.headers.first(name: .contentType) == type, "\(path)")
                #expect(Array(icon.bytes.prefix(4)) == signature, "\(path)")
                #expect(icon.headers.first(name: .cacheControl) == "public, max-age=3600", "\(path)")
            }
        }
    }
}
