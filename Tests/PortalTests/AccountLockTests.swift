import ConsoleKit
import Fluent
import Foundation
import PortalCore
import Testing
import Vapor
import VaporTesting

@testable import Portal

/// NIST SP 800-63B-4's cap: after 100 consecutive failures an account stays locked, whatever
/// the throttle's waits, until someone who can vouch for its owner unlocks it.
@Suite("A hundred failures in a row lock the account until it is unlocked")
struct AccountLockTests {
    static let limit = SignInThrottle.consecutiveFailuresBeforeLock

    /// Sets the count as if `count` failures had happened, spread over days.
    static func setFailures(_ count: Int, of member: Member, _ world: TestWorld) async throws {
        member.failedSignIns = count
        try await member.update(on: world.app.db)
    }

    static func failures(of member: Member, _ world: TestWorld) async throws -> (Int, Date?) {
        let stored = try #require(try await Member.find(member.id, on: world.app.db))
        return (stored.failedSignIns, stored.signInLockedAt)
    }

    @Test("Wrong passwords count one by one; a right one before the limit starts afresh")
    func countAndReset() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            for _ in 0..<3 {
                #expect(try await Browser(world).signIn(email: member.email, password: "wrong guess").status == .unauthorized)
            }
            #expect(try await Self.failures(of: member, world).0 == 3)
            #expect(try await Browser(world).signIn(email: member.email).status == .seeOther)
            #expect(try await Self.failures(of: member, world).0 == 0)
        }
    }

    @Test("The hundredth failure locks and e-mails the owner; the right password then fares as a wrong one until HIM unlocks")
    func lockAndUnlock() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            try await Self.setFailures(Self.limit - 1, of: member, world)
            #expect(try await Browser(world).signIn(email: member.email, password: "wrong guess").status == .unauthorized)
            let (count, lockedAt) = try await Self.failures(of: member, world)
            #expect(count == Self.limit && lockedAt == world.now)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "account.locked").count() == 1)

            let mail = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == member.email).first())
            #expect(mail.subject == "Sign-in to your portal account is locked")
            #expect(
                mail.body(world).contains("(312) 555-0100")
                    && mail.body(world).contains("no health information"))

            world.advance(7 * 86_400)  // no wait of the throttle is left
            // The right password and a wrong one get the same answer: the lock tells a
            // guesser nothing, and a guess spends nothing.
            let right = try await Browser(world).signIn(email: member.email)
            let wrong = try await Browser(world).signIn(email: member.email, password: "wrong again")
            #expect(right.status == .unauthorized && wrong.status == .unauthorized)
            #expect(right.body.contains("do not match") && !right.body.contains("locked"))
            #expect(try await Self.failures(of: member, world).0 == Self.limit)

            let him = try await InvitationTests().signedInHIM(world)
            let page = try await him.get(Routes.staffMember(Ref(member.id!)))
            #expect(page.body.contains("Sign-in is locked"))
            #expect(page.body.contains("Sign-in locked after 100 failed attempts in a row"))
            #expect(page.body.contains("Sign-in refused while the account was locked"))
            let unlocked = try await him.post(Routes.staffMemberUnlock(Ref(member.id!)), [:])
            #expect(unlocked.status == .seeOther)
            #expect(try await him.get(unlocked.location!).body.contains("Sign-in is unlocked."))
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "account.unlocked").count() == 1)
            #expect(try await Browser(world).signIn(email: member.email).status == .seeOther)
            #expect(try await Self.failures(of: member, world) == (0, nil))
        }
    }

    @Test("With two-step sign-in, wrong codes count too, and only a whole sign-in starts afresh")
    func codesCount() async throws {
        try await withTestApp { world in
            let (member, secret, codes) = try await SimultaneousRequestTests.memberWithSecondFactor(world)
            try await Self.setFailures(Self.limit - 2, of: member, world)
            let browser = Browser(world)
            #expect(try await browser.signIn(email: member.email).location == Routes.signInCode())
            #expect(try await Self.failures(of: member, world).0 == Self.limit - 2, "the password alone does not reset")
            try await browser.get(Routes.signInCode())
            #expect(try await browser.post(Routes.signInCode(), ["code": "000000"]).status == .unauthorized)
            #expect(try await browser.post(Routes.signInCode(), ["code": "111111"]).status == .unauthorized)
            #expect(try await Self.failures(of: member, world).1 != nil)
            let late = try await browser.post(
                Routes.signInCode(), ["code": SecondFactorTests.code(world, offset: 30, secret: secret)])
            #expect(late.status == .unauthorized && late.body.contains("not right") && !late.body.contains("locked"))
            #expect(try await browser.get(Routes.home()).status != .ok)
            // No recovery code is spent on a locked account.
            #expect(try await browser.post(Routes.signInCode(), ["code": codes[0]]).status == .unauthorized)
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "second_factor.recovery_code_used").count() == 0)
        }
    }

    @Test("A staff account locks the same way and the operators lift it with portal staff unlock")
    func staffUnlock() async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world, role: .scheduler)
            staff.failedSignIns = Self.limit
            staff.signInLockedAt = world.now
            try await staff.update(on: world.app.db)
            let refused = try await Browser(world).signIn(email: staff.email, staff: true)
            #expect(refused.status == .unauthorized && !refused.body.contains("locked"))

            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["portal", "unlock", staff.email]))
            context.application = world.app
            try await StaffCommand().run(using: &context)
            #expect(try await Browser(world).signIn(email: staff.email, staff: true).status == .seeOther)
            let audited = try #require(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "account.unlocked").first())
            #expect(audited.actorKind == "system" && audited.subject == "staff:\(staff.id!.uuidString.lowercased())")
        }
    }
}
