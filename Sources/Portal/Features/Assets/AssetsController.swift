import Foundation
import PortalCore
import Vapor

/// Serves the stylesheet, script and icons from the package's resources, read once at
/// start-up, and the web app manifest in the language asked for.
struct AssetsController: RouteCollection {
    let stylesheet: ByteBuffer
    let script: ByteBuffer
    let icons: [(route: PortalRoute<>, body: ByteBuffer, type: String)]

    init() throws {
        func load(_ name: String, _ ext: String) throws -> ByteBuffer {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
                throw PortalError.internalFailure
            }
            return ByteBuffer(data: try Data(contentsOf: url))
        }
        stylesheet = try load("portal", "css")
        script = try load("portal", "js")
        icons = [
            (Routes.favicon, try load("favicon", "ico"), "image/x-icon"),
            (Routes.iconSVG, try load("icon", "svg"), "image/svg+xml"),
            (Routes.icon192, try load("icon-192", "png"), "image/png"),
            (Routes.icon512, try load("icon-512", "png"), "image/png"),
            (Routes.touchIcon, try load("apple-touch-icon", "png"), "image/png"),
        ]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.stylesheet) { _ in Self.asset(stylesheet, type: "text/css; charset=utf-8") }
        routes.on(Routes.script) { _ in Self.asset(script, type: "text/javascript; charset=utf-8") }
        for icon in icons {
            let (body, type) = (icon.body, icon.type)
            routes.on(icon.route) { _ in Self.asset(body, type: type) }
        }
        routes.on(Routes.webManifest) { req in
            // A manifest is fetched without cookies: its language comes in the address.
            let language = (try? req.query.get(String.self, at: "lang")).flatMap(Language.init(rawValue:)) ?? .english
            return Self.asset(
                ByteBuffer(data: try Self.manifest(hospitalName: req.portal.config.hospitalName, language: language)),
                type: "application/manifest+json")
        }
    }

    static func asset(_ body: ByteBuffer, type: String) -> Response {
        Response(
            status: .ok, headers: ["Content-Type": type, "Cache-Control": "public, max-age=3600"], body: .init(buffer: body))
    }

    struct Manifest: Encodable {
        struct Icon: Encodable {
            let src: String
            let sizes: String
            let type: String
            let purpose: String
        }
        let name: String
        let shortName: String
        let description: String
        let lang: String
        let dir = "ltr"
        let startURL: String
        let scope = "/"
        let display = "standalone"
        let backgroundColor = "#ffffff"
        let themeColor = Layout.themeColor
        let icons: [Icon]

        enum CodingKeys: String, CodingKey {
            case name, description, lang, dir, scope, display, icons
            case shortName = "short_name", startURL = "start_url", backgroundColor = "background_color"
            case themeColor = "theme_color"
        }
    }

    static func manifest(hospitalName: String, language: Language) throws -> Data {
        let words = Strings.layout
        let manifest = Manifest(
            name: words.appName(hospitalName)(language), shortName: words.appShortName(language),
            description: words.appDescription(language), lang: language.rawValue, startURL: Routes.home(),
            icons: [
                .init(src: Routes.icon192(), sizes: "192x192", type: "image/png", purpose: "any maskable"),
                .init(src: Routes.icon512(), sizes: "512x512", type: "image/png", purpose: "any maskable"),
                .init(src: Routes.iconSVG(), sizes: "any", type: "image/svg+xml", purpose: "any"),
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(manifest)
    }
}
