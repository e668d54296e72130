import Foundation
import NIOCore
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("The client's address behind the hospital's proxies")
struct TrustedProxyTests {
    static func request(_ world: TestWorld, peer: String, headers: [(String, String)]) throws -> Request {
        Request(
            application: world.app, method: .GET, url: "/", headers: HTTPHeaders(headers),
            remoteAddress: try SocketAddress(ipAddress: peer, port: 40_000), on: world.app.eventLoopGroup.next())
    }

    @Test("Without TRUSTED_PROXIES a forwarded header is ignored: the peer is the client")
    func ignoredByDefault() async throws {
        try await withTestApp { world in
            let req = try Self.request(world, peer: "10.0.0.5", headers: [("X-Forwarded-For", "198.51.100.7")])
            #expect(req.clientAddress == "10.0.0.5")
        }
    }

    @Test("Behind a trusted proxy the nearest untrusted hop is the client; an untrusted peer's claim is ignored")
    func trusted() async throws {
        try await withTestApp(environment: ["TRUSTED_PROXIES": "10.0.0.0/8, ::1"]) { world in
            let proxied = try Self.request(
                world, peer: "10.0.0.5", headers: [("X-Forwarded-For", "1.1.1.1"), ("X-Forwarded-For", "198.51.100.7")])
            #expect(proxied.clientAddress == "198.51.100.7")
            let direct = try Self.request(world, peer: "203.0.113.9", headers: [("X-Forwarded-For", "198.51.100.7")])
            #expect(direct.clientAddress == "203.0.113.9")
            // The header the proxies do not set is not read.
            let other = try Self.request(world, peer: "10.0.0.5", headers: [("Forwarded", "for=198.51.100.7")])
            #expect(other.clientAddress == "10.0.0.5")
        }
        try await withTestApp(environment: ["TRUSTED_PROXIES": "10.0.0.0/8", "FORWARDED_HEADER": "Forwarded"]) { world in
            let req = try Self.request(
                world, peer: "10.0.0.5",
                headers: [("Forwarded", "for=198.51.100.7;proto=https"), ("X-Forwarded-For", "1.1.1.1")])
            #expect(req.clientAddress == "198.51.100.7")
        }
    }

    @Test("A proxy setting that is not addresses or ranges stops the portal, naming the setting")
    func badSetting() {
        for bad in [["TRUSTED_PROXIES": "10.0.0.0/8,proxy.internal"], ["FORWARDED_HEADER": "x-real-ip"]] {
            #expect {
                try PortalConfig.load(mode: .development, environment: bad)
            } throws: { error in
                "\(error)".contains(bad.keys.first!)
            }
        }
    }
}
