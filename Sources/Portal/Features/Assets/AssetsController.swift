import Foundation
import Vapor

/// Serves the stylesheet and script from the package's resources, read once at start-up.
struct AssetsController: RouteCollection {
    let stylesheet: ByteBuffer
    let script: ByteBuffer

    init() throws {
        func load(_ name: String, _ ext: String) throws -> ByteBuffer {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
                throw PortalError.internalFailure
            }
            return ByteBuffer(data: try Data(contentsOf: url))
        }
        stylesheet = try load("portal", "css")
        script = try load("portal", "js")
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.stylesheet) { _ in Self.asset(stylesheet, type: "text/css; charset=utf-8") }
        routes.on(Routes.script) { _ in Self.asset(script, type: "text/javascript; charset=utf-8") }
    }

    static func asset(_ body: ByteBuffer, type: String) -> Response {
        Response(
            status: .ok, headers: ["Content-Type": type, "Cache-Control": "public, max-age=3600"], body: .init(buffer: body))
    }
}
