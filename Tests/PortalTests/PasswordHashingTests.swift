import Foundation
import Testing

@testable import Portal

@Suite("Password hashing under a surge")
struct PasswordHashingTests {
    @Test("A hash that would wait longer than its limit for a thread is refused, not run late; the others run")
    func longWaitsAreRefused() async throws {
        let hashing = PasswordHashing(cost: 10, threads: 1)
        // Room for everyone in the queue: only the wait can refuse.
        hashing.calibrate(secondsPerHash: 0.000_1)
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask {
                    do {
                        _ = try await hashing.hash("marigold lanterns \(index)")
                        return true
                    } catch PortalError.busy {
                        return false
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        try await hashing.shutdown()
        let hashed = outcomes.filter { $0 }.count
        // Forty hashes of tens of milliseconds each on one thread take longer than the 0.8 s limit.
        #expect(hashed > 0 && hashed < 40, "\(hashed) of 40 hashed")
        #expect(hashing.operationsPerformed == hashed)
    }

    @Test("A caller the queue cannot reach within its limit at the pace hashing goes is refused at once, not at the limit")
    func slowQueueRefusesAtOnce() async throws {
        let clock = ContinuousClock()
        let turns = HashingTurns(threads: 1)
        let first = try await turns.take(within: .seconds(1))
        // The turn in progress has only begun and none has ended: the caller waits out its limit.
        let unknownPace = try await clock.measure {
            await #expect(throws: PortalError.busy) { try await turns.take(within: .seconds(1)) }
        }
        #expect(unknownPace >= .seconds(1))
        // The turn in progress has now taken a second: a caller who may wait half a second is told now.
        let behindSlowTurn = try await clock.measure {
            await #expect(throws: PortalError.busy) { try await turns.take(within: .milliseconds(500)) }
        }
        #expect(behindSlowTurn < .milliseconds(500))
        await turns.giveBack(first)
        // The turn that ended took a second: a new turn has just begun, and the same caller is told now.
        let second = try await turns.take(within: .seconds(1))
        let afterSlowTurns = try await clock.measure {
            await #expect(throws: PortalError.busy) { try await turns.take(within: .milliseconds(500)) }
        }
        #expect(afterSlowTurns < .milliseconds(500))
        // One who may wait much longer than a turn has taken waits, and has the thread when it is given back.
        let patient = Task { try await turns.take(within: .seconds(120)) }
        try await Task.sleep(for: .milliseconds(50))
        await turns.giveBack(second)
        await turns.giveBack(try await patient.value)
    }

    @Test("The pace follows the turns that end, one stalled turn moving it at most fourfold")
    func paceFollowsEndedTurns() {
        var pace = Pace()
        #expect(pace.secondsPerTurnNow() == 0)
        pace.record(seconds: 0.25)
        #expect(pace.secondsPerTurnNow() == 0.25)
        // A turn of 30 s counts as one of 1 s: 0.25 + 0.3 × (1 − 0.25).
        pace.record(seconds: 30)
        #expect(abs(pace.secondsPerTurnNow() - 0.475) < 1e-9)
        for _ in 0..<20 { pace.record(seconds: 0.25) }
        #expect(abs(pace.secondsPerTurnNow() - 0.25) < 0.001)
        // A real slowdown, each turn taking 2 s, is learnt within a few turns.
        for _ in 0..<4 { pace.record(seconds: 2) }
        #expect(pace.secondsPerTurnNow() > 1)
    }

    @Test("With two threads, one caller ahead still reaches a thread; two callers ahead of a slow pace do not")
    func twoThreadsReach() async throws {
        let turns = HashingTurns(threads: 2)
        let first = try await turns.take(within: .seconds(1))
        try await Task.sleep(for: .milliseconds(150))
        #expect(turns.canReach(behind: 1, within: .milliseconds(100)))
        #expect(!turns.canReach(behind: 2, within: .milliseconds(100)))
        #expect(turns.canReach(behind: 2, within: .seconds(60)))
        await turns.giveBack(first)
    }

    @Test("A place is refused at once when, at the pace hashing goes, the caller would not reach a thread in time")
    func placesFollowThePace() async throws {
        let hashing = PasswordHashing(cost: 13, threads: 1, longestWait: .milliseconds(100))
        // Nobody's pace known yet: places.
        let first = try hashing.reservePlace()
        let second = try hashing.reservePlace()
        let slowHash = "$2b$13$" + String(repeating: "a", count: 53)
        let hashed = Task { try await hashing.verify("a passphrase", against: slowHash, in: first) }
        // Its turn begins (on a loaded machine, later than asked), then runs past the caller's limit.
        while hashing.operationsPerformed == 0 { try await Task.sleep(for: .milliseconds(10)) }
        try await Task.sleep(for: .milliseconds(150))
        // A hash has taken longer than the caller may wait (it runs still, or ended and set the
        // pace), and one caller at least is ahead: refused before any other work.
        #expect(throws: PortalError.busy) { try hashing.reservePlace() }
        _ = try? await hashed.value
        second.release()
        // Nobody ahead: a place, however slow hashing is.
        let next = try hashing.reservePlace()
        next.release()
        try await hashing.shutdown()
    }

    @Test("Past the queue's places a caller is refused at once, and a place given back lets the next one in")
    func placesAreBounded() async throws {
        let hashing = PasswordHashing(cost: 10, threads: 1)
        let capacity = hashing.calibrate(secondsPerHash: 10)
        #expect(capacity == 1 + PasswordHashing.minimumWaiting)
        let places = try (0..<capacity).map { _ in try hashing.reservePlace() }
        #expect(throws: PortalError.busy) { try hashing.reservePlace() }
        places[0].release()
        places[0].release()
        let next = try hashing.reservePlace()
        #expect(throws: PortalError.busy) { try hashing.reservePlace() }
        next.release()
        for place in places { place.release() }
        try await hashing.shutdown()
    }
}
