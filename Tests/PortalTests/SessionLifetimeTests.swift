import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Idle time-out and absolute lifetime")
struct SessionLifetimeTests {
    @Test("A member idle for 20 minutes is signed out; 19 minutes 59 seconds is fine")
    func memberIdle() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let active = Browser(world), idle = Browser(world)
            try await active.signIn(email: member.email)
            try await idle.signIn(email: member.email)

            world.advance(19 * 60 + 59)
            #expect(try await active.get(Routes.home()).status == .ok)
            world.advance(1)
            #expect(try await idle.get(Routes.home()).location == Routes.signIn())
            #expect(try await active.get(Routes.home()).status == .ok)
        }
    }

    @Test("Staff are signed out after 15 idle minutes")
    func staffIdle() async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, staff)
            #expect(try await browser.get(Routes.staffHome()).status == .ok)
            world.advance(15 * 60)
            #expect(try await browser.get(Routes.staffHome()).location == Routes.staffSignIn())
        }
    }

    @Test("An active session still ends 12 hours after sign-in")
    func absoluteLifetime() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            for _ in 0..<71 {
                world.advance(10 * 60)
                #expect(try await browser.get(Routes.home()).status == .ok)
            }
            world.advance(10 * 60)  // 720 minutes after sign-in
            #expect(try await browser.get(Routes.home()).location == Routes.signIn())
        }
    }

    @Test("The idle time-out is announced on every signed-in page")
    func idleNotice() async throws {
        try await withTestApp(environment: ["MEMBER_IDLE_MINUTES": "25"]) { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            let page = try await browser.get(Routes.home())
            #expect(page.body.contains("after 25 minutes without activity"))
            #expect(page.body.contains(#"data-idle-minutes="25""#))
            #expect(page.body.contains(#"id="idle-warning""#))
        }
    }

    @Test("Sign out everywhere ends every session of the account")
    func signOutEverywhere() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let phone = Browser(world), laptop = Browser(world)
            try await phone.signIn(email: member.email)
            try await laptop.signIn(email: member.email)
            try await laptop.get(Routes.account())

            let result = try await laptop.post(Routes.signOutEverywhere(), [:])

            #expect(result.status == .seeOther)
            #expect(try await phone.get(Routes.home()).location == Routes.signIn())
            #expect(try await laptop.get(Routes.home()).location == Routes.signIn())
        }
    }
}
