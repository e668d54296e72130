import Foundation
import Testing
import VaporTesting

@testable import Portal

/// A node told to stop closes its databases only after the requests it is answering are done,
/// those whose client hung up included: the HTTP server's shutdown waits only for connections.
@Suite("Stopping a node")
struct StoppingTests {
    @Test("Every request is counted while it runs, answered or refused, and no longer afterwards")
    func counted() async throws {
        try await withTestApp { world in
            let state = world.app.portal.serverState
            let browser = Browser(world)
            let answered = try await browser.get("/sign-in")
            let missing = try await browser.get("/no-such-page")
            let refused = try await browser.post("/sign-in", ["email": "x@example.org", "password": "not the password"])
            #expect(answered.status == .ok && missing.status == .notFound && refused.status.code < 500)
            #expect(state.requestsRunning == 0)
        }
    }

    @Test("Stopping waits for a running request, and no longer than its limit")
    func waits() async throws {
        let state = ServerState()
        await state.untilRequestsFinish(timeout: .seconds(10))
        state.requestStarted()
        let clock = ContinuousClock()
        let began = clock.now
        let finisher = Task {
            try await Task.sleep(for: .milliseconds(200))
            state.requestFinished()
        }
        // Under a loaded test run the finisher may be late: the limit is far, and what shows the
        // wait ended with the request, not the limit, is that nothing runs when it returns.
        await state.untilRequestsFinish(timeout: .seconds(120))
        #expect(state.requestsRunning == 0 && clock.now - began >= .milliseconds(200))
        try await finisher.value

        state.requestStarted()
        let limited = clock.now
        await state.untilRequestsFinish(timeout: .milliseconds(150))
        #expect(clock.now - limited >= .milliseconds(150))
        #expect(state.requestsRunning == 1)
        state.requestFinished()
    }
}
