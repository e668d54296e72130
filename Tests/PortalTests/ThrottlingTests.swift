import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Sign-in throttling")
struct ThrottlingTests {
    @Test("After five failures even the right password must wait, without any hashing")
    func accountThrottle() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.get(Routes.signIn())
            let passwords = world.app.portal.passwords
            let before = passwords.operationsPerformed
            for _ in 0..<5 {
                try await browser.post(Routes.signIn(), ["email": member.email, "password": "wrong wrong wrong"])
            }
            #expect(passwords.operationsPerformed - before >= 5)

            let hashesBeforeBlock = passwords.operationsPerformed
            let blocked = try await browser.post(Routes.signIn(), ["email": member.email, "password": Fixtures.password])

            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.contains("wait 1 minute"))
            // Refused before any bcrypt: a counted fact rather than a timing, which other
            // tests running in parallel would make unreliable.
            #expect(passwords.operationsPerformed == hashesBeforeBlock)
        }
    }

    @Test("The wait ends: 30 seconds after the fifth failure the person can sign in")
    func throttleEnds() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            for _ in 0..<5 { try await browser.signIn(email: member.email, password: "wrong wrong wrong") }
            world.advance(29)
            #expect(try await browser.signIn(email: member.email).status == .tooManyRequests)
            world.advance(1)
            #expect(try await browser.signIn(email: member.email).status == .seeOther)
        }
    }

    @Test("An attacker cannot keep a real person locked out for more than five minutes")
    func lockoutIsCapped() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let attacker = Browser(world)
            // Guess as fast as the throttle allows for ten minutes; each allowed guess doubles the wait.
            for _ in 0..<60 {
                try await attacker.signIn(email: member.email, password: "guess guess guess")
                world.advance(10)
            }
            world.advance(300)
            #expect(try await Browser(world).signIn(email: member.email).status == .seeOther)
        }
    }

    @Test("Throttling is audited")
    func throttledIsAudited() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            for _ in 0..<6 { try await browser.signIn(email: member.email, password: "wrong wrong wrong") }
            let throttled = try await AuditEvent.query(on: world.app.db).filter(\.$outcome == "throttled").count()
            let failures = try await AuditEvent.query(on: world.app.db).filter(\.$outcome == "failure").count()
            #expect(throttled == 1)
            #expect(failures == 5)
        }
    }

    @Test("One client address guessing across many accounts is slowed down too")
    func addressThrottle() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            for index in 0..<20 { try await browser.signIn(email: "victim\(index)@example.org", password: "guess guess guess") }
            let member = try await Fixtures.member(world)
            #expect(try await browser.signIn(email: member.email).status == .tooManyRequests)
        }
    }
}
