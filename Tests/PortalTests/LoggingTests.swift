import Foundation
import Logging
import Synchronization
import Testing
import VaporTesting

@testable import Portal

@Suite("Structured logs")
struct LoggingTests {
    final class Lines: Sendable {
        let captured = Mutex<[String]>([])
        func append(_ line: String) { captured.withLock { $0.append(line) } }
        var all: [String] { captured.withLock { $0 } }
    }

    @Test("Each event is one line of valid JSON, with control characters and quotes escaped")
    func jsonLine() throws {
        let lines = Lines()
        var logger = Logger(label: "portal.test") { JSONLogHandler(label: $0, level: .info, write: lines.append) }
        logger[metadataKey: "request-id"] = "abc-123"
        logger.info("said \"hi\"\nthen left\u{1}", metadata: ["route": "/patients/:patientID", "list": ["a", "b"]])
        logger.debug("below the level")

        #expect(lines.all.count == 1)
        let line = try #require(lines.all.first)
        #expect(line.hasSuffix("\n") && line.dropLast().allSatisfy { $0 != "\n" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "said \"hi\"\nthen left\u{1}")
        #expect(object["level"] as? String == "info")
        #expect(object["logger"] as? String == "portal.test")
        #expect(object["request-id"] as? String == "abc-123")
        #expect(object["route"] as? String == "/patients/:patientID")
        #expect(object["list"] as? [String] == ["a", "b"])
        #expect((object["time"] as? String)?.hasPrefix("20") == true)
    }

    @Test("The request log names the route pattern, never the patient's id or the query")
    func routePattern() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, name: "Nora Diaz", bornYearsAgo: 7)
            try await Fixtures.grant(world, parent, child)
            let lines = Lines()
            world.app.middleware.use(CapturingLogger(lines: lines), at: .beginning)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            let page = try await browser.get(Routes.patient(child.ref) + "?name=Nora")
            #expect(page.status == .ok)

            let requestLines = lines.all.filter { $0.contains(#""message":"request""#) }
            #expect(requestLines.contains { $0.contains(#""route":"/patients/:patientID""#) && $0.contains(#""status":"200""#) })
            #expect(requestLines.contains { $0.contains(#""route":"/sign-in""#) && $0.contains(#""method":"POST""#) })
            let patientID = child.id!.uuidString
            #expect(!lines.all.contains { $0.localizedCaseInsensitiveContains(patientID) || $0.contains("Nora") })
            #expect(!lines.all.contains { $0.contains(parent.email) })
        }
    }
}

/// Routes each request's log through a JSON handler that keeps the lines for the test.
private struct CapturingLogger: AsyncMiddleware {
    let lines: LoggingTests.Lines
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var logger = Logger(label: "codes.vapor.request") { JSONLogHandler(label: $0, level: .info, write: lines.append) }
        logger[metadataKey: "request-id"] = .string(request.id)
        request.logger = logger
        return try await next.respond(to: request)
    }
}
