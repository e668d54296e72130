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
