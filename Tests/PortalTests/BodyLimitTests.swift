import Foundation
import NIOCore
import NIOPosix
import Testing
import VaporTesting

@testable import Portal

/// Bodies against a real server on 127.0.0.1: the client sends the head and only a part of
/// the body it announces, so an answer that arrives at all proves the server decided before
/// buffering the rest.
@Suite("Body limits hold before a body is buffered")
struct BodyLimitTests {
    static let importSecret = String(repeating: "k", count: 40)

    /// Sends `head`, then `body` in pieces, and returns the status of the answer, which must
    /// come within thirty seconds (the PostgreSQL run shares two cores with every other test).
    /// The answer is read while the body is still being written: a server that answers early
    /// may stop reading, and a writer that waited for its whole body would never see the answer.
    static func statusCode(port: Int, head: String, body: [ByteBuffer]) async throws -> Int {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    let writer = Task {
                        // A server that refused the body may close the connection while it is sent.
                        try? await outbound.write(ByteBuffer(string: head))
                        for piece in body { try? await outbound.write(piece) }
                    }
                    defer { writer.cancel() }
                    var received = ""
                    for try await chunk in inbound {
                        received += String(buffer: chunk)
                        if received.contains("\r\n") { break }
                    }
                    let statusLine = received.split(separator: "\r\n").first ?? ""
                    return Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(30))
                return -1
            }
            let first = try await group.next()!
            group.cancelAll()
            return first
        }
    }

    func withServer(_ body: @Sendable (TestWorld, Int) async throws -> Void) async throws {
        try await withTestApp(environment: ["FHIR_IMPORT_SECRET": Self.importSecret]) { world in
            try await world.app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(world.app.http.server.shared.localAddress?.port)
            do {
                try await body(world, port)
            } catch {
                await world.app.server.shutdown()
                throw error
            }
            await world.app.server.shutdown()
        }
    }

    @Test("A stranger's 50 MB message to a patient is refused from its headers, before the body")
    func strangerRefusedBeforeBody() async throws {
        try await withServer { _, port in
            let head = """
                POST /patients/\(UUID().uuidString.lowercased())/messages HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: multipart/form-data; boundary=x\r
                Content-Length: 52428800\r
                \r

                """
            let status = try await Self.statusCode(port: port, head: head, body: [ByteBuffer(repeating: 0x61, count: 65_536)])
            #expect(status == 401)
        }
    }

    @Test("A signed-in parent's 30 MB message to another family's child is refused by the policy before the body")
    func otherFamilyRefusedBeforeBody() async throws {
        try await withServer { world, port in
            let parent = try await Fixtures.member(world)
            let theirChild = try await Fixtures.patient(world, name: "Their Child", bornYearsAgo: 7)
            try await Fixtures.grant(world, try await Fixtures.member(world), theirChild)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            let session = try #require(browser.cookies["portal_session"])
            let head = """
                POST \(Routes.startThread(theirChild.ref)) HTTP/1.1\r
                Host: 127.0.0.1\r
                Cookie: portal_session=\(session)\r
                Content-Type: multipart/form-data; boundary=x\r
                Content-Length: 31457280\r
                \r

                """
            let status = try await Self.statusCode(port: port, head: head, body: [ByteBuffer(repeating: 0x61, count: 65_536)])
            #expect(status == 404)
        }
    }

    @Test("The EHR endpoint checks its bearer secret from the header before reading a 60 MB bundle")
    func importChecksSecretFirst() async throws {
        try await withServer { _, port in
            let head = """
                POST /import/fhir HTTP/1.1\r
                Host: 127.0.0.1\r
                Authorization: Bearer wrong-secret\r
                Content-Type: application/fhir+json\r
                Content-Length: 62914560\r
                \r

                """
            let status = try await Self.statusCode(port: port, head: head, body: [ByteBuffer(string: "{\"resourceType\":")])
            #expect(status == 401)
        }
    }

    @Test("A body announced larger than the route's limit is refused with 413 before the rest of it is read")
    func announcedTooLarge() async throws {
        try await withServer { _, port in
            let head = """
                POST /enroll HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: multipart/form-data; boundary=x\r
                Content-Length: 31457280\r
                \r

                """
            // The server routes a request once its first bytes of body arrive.
            let status = try await Self.statusCode(port: port, head: head, body: [ByteBuffer(string: "--x\r\n")])
            #expect(status == 413)
        }
    }

    @Test("A chunked body is cut off with 413 as soon as it passes the route's limit")
    func chunkedBodyCutOff() async throws {
        try await withServer { _, port in
            let head = """
                POST /language HTTP/1.1\r
                Host: 127.0.0.1\r
                Content-Type: application/x-www-form-urlencoded\r
                Transfer-Encoding: chunked\r
                \r

                """
            // 128 KB in 16 KB chunks against the form limit of 64 KB; the chunked body never ends.
            let chunk = ByteBuffer(string: "4000\r\n" + String(repeating: "a", count: 16_384) + "\r\n")
            let status = try await Self.statusCode(port: port, head: head, body: Array(repeating: chunk, count: 8))
            #expect(status == 413)
        }
    }

    @Test("A form within its limit still arrives whole")
    func formWithinLimitArrives() async throws {
        try await withServer { world, port in
            let token = String(repeating: "t", count: 43)
            let form = "language=es&return_to=%2F&_csrf=" + token
            let head = """
                POST /language HTTP/1.1\r
                Host: 127.0.0.1\r
                Cookie: portal_csrf=\(CSRF.cookieValue(for: token, config: world.config))\r
                Content-Type: application/x-www-form-urlencoded\r
                Content-Length: \(form.utf8.count)\r
                \r

                """
            let status = try await Self.statusCode(port: port, head: head, body: [ByteBuffer(string: form)])
            #expect(status == 303)
        }
    }
}
