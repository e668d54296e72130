import AsyncKit
import Testing
import Vapor
import VaporTesting

@testable import Portal

@Suite("A burst that outwaits the database pool is answered busy, not failed")
struct BusyAnswerTests {
    @Test("503 with Retry-After and a message in the person's language, or JSON for machines")
    func busy() async throws {
        try await withTestApp { world in
            for (language, words) in [("en", "Many people are using the portal"), ("es", "Muchas personas están usando")] {
                let request = Request(application: world.app, on: world.app.eventLoopGroup.next())
                request.headers.replaceOrAdd(name: .acceptLanguage, value: language)
                let page = ErrorPage.response(for: ConnectionPoolTimeoutError.connectionRequestTimeout, request: request)
                #expect(page.status == .serviceUnavailable)
                #expect(page.headers.first(name: .retryAfter) == "5")
                #expect(page.body.string?.contains(words) == true)
            }
            let machine = Request(application: world.app, on: world.app.eventLoopGroup.next())
            machine.headers.replaceOrAdd(name: .accept, value: "application/json")
            let answer = ErrorPage.response(for: ConnectionPoolTimeoutError.connectionRequestTimeout, request: machine)
            #expect(answer.status == .serviceUnavailable && answer.body.string == #"{"error":"busy"}"#)
        }
    }
}
