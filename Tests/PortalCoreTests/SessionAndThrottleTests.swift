import Foundation
import Testing

@testable import PortalCore

@Suite("Session lifetimes and sign-in throttling")
struct SessionAndThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let lifetime = SessionLifetime(idleTimeout: 20 * 60, absoluteLifetime: 12 * 3600)

    @Test("A session idle for exactly the time-out is over; a second less is not")
    func idleEdge() {
        let seen = start.addingTimeInterval(600)
        #expect(lifetime.state(createdAt: start, lastSeenAt: seen, now: seen.addingTimeInterval(1199)) == .active)
        #expect(lifetime.state(createdAt: start, lastSeenAt: seen, now: seen.addingTimeInterval(1200)) == .idleExpired)
    }

    @Test("An active session still ends at its absolute lifetime")
    func absoluteEdge() {
        let end = start.addingTimeInterval(12 * 3600)
        let justBefore = end.addingTimeInterval(-1)
        #expect(lifetime.state(createdAt: start, lastSeenAt: justBefore, now: justBefore) == .active)
        #expect(lifetime.state(createdAt: start, lastSeenAt: end, now: end) == .lifetimeExpired)
    }

    @Test("Five failures are free; then each failure doubles the wait, up to the cap")
    func waits() {
        let rule = SignInThrottle.perAccount
        #expect(rule.wait(afterFailures: 4) == 0)
        #expect(rule.wait(afterFailures: 5) == 30)
        #expect(rule.wait(afterFailures: 6) == 60)
        #expect(rule.wait(afterFailures: 50) == 300)
    }

    @Test("An account cannot be kept locked for longer than five minutes")
    func accountLockoutIsShort() {
        let failures = (0..<100).map { start.addingTimeInterval(Double($0)) }
        let next = SignInThrottle.perAccount.nextAttempt(failureTimes: failures, now: failures.last!)
        #expect(next == failures.last!.addingTimeInterval(300))
    }

    @Test("Failures outside the window are forgotten")
    func windowForgets() {
        let old = (0..<10).map { start.addingTimeInterval(Double($0)) }
        #expect(SignInThrottle.perAccount.nextAttempt(failureTimes: old, now: start.addingTimeInterval(901 + 10)) == nil)
    }

    @Test("Attempts in flight with a time just after now hold nothing back below the free attempts")
    func inFlightAttemptsBelowTheFreeOnes() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let inFlight = [now.addingTimeInterval(0.002), now.addingTimeInterval(0.004), now.addingTimeInterval(0.001)]
        #expect(SignInThrottle.perAccount.nextAttempt(failureTimes: inFlight, now: now) == nil)
        let five = inFlight + [now, now.addingTimeInterval(-1)]
        #expect(SignInThrottle.perAccount.nextAttempt(failureTimes: five, now: now) == now.addingTimeInterval(30.004))
    }
}

@Suite("Rate limits of the anonymous forms")
struct RateLimitTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("Under the limit there is no wait; at it, the wait lasts until the oldest counted use leaves the window")
    func waitUntilOldestLeaves() {
        let rule = RateLimit(limit: 3, window: 3600)
        let uses = [start, start.addingTimeInterval(600), start.addingTimeInterval(1200)]
        #expect(rule.wait(earlierUses: Array(uses.prefix(2)), now: start.addingTimeInterval(1300)) == nil)
        #expect(rule.wait(earlierUses: uses, now: start.addingTimeInterval(1300)) == 2300)
        #expect(rule.wait(earlierUses: uses, now: start.addingTimeInterval(3599)) == 1)
        #expect(rule.wait(earlierUses: uses, now: start.addingTimeInterval(3600)) == nil, "the oldest has left")
    }

    @Test("Uses older than the window never count, in whatever order they come")
    func oldUsesDoNotCount() {
        let rule = RateLimit(limit: 2, window: 60)
        let uses = [start.addingTimeInterval(50), start, start.addingTimeInterval(30)]
        #expect(rule.wait(earlierUses: uses, now: start.addingTimeInterval(55)) == 35)
        #expect(rule.wait(earlierUses: uses, now: start.addingTimeInterval(91)) == nil)
    }
}
