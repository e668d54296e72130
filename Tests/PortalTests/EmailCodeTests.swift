import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("A one-time code by e-mail as the second factor, for families without a smartphone")
struct EmailCodeTests {
    /// The code in the newest security-code e-mail to `email`.
    static func code(to email: String, _ world: TestWorld) async throws -> String {
        let message = try #require(
            try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
                .filter(\.$subject == "Your portal security code").sort(\.$createdAt, .descending).first())
        return String(try #require(message.body(world).firstMatch(of: /\n(\d{6})\n/)).output.1)
    }

    static func codeMails(to email: String, _ world: TestWorld) async throws -> Int {
        try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
            .filter(\.$subject == "Your portal security code").count()
    }

    /// A member whose second factor is a code by e-mail.
    static func member(_ world: TestWorld) async throws -> Member {
        let member = try await Fixtures.member(world)
        member.emailSecondFactor = true
        try await member.update(on: world.app.db)
        return member
    }

    /// Signs in with the password; the browser waits at the code page, its code e-mailed.
    static func atCodePage(_ world: TestWorld, _ member: Member) async throws -> Browser {
        let browser = Browser(world)
        #expect(try await browser.signIn(email: member.email).location == Routes.signInCode())
        let page = try await browser.get(Routes.signInCode())
        #expect(page.body.contains("We sent a 6-digit code to p•••@example.org"))
        return browser
    }

    @Test("A member turns on codes by e-mail: the code sent proves the address, and recovery codes follow")
    func enrol() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            let security = try await browser.get(Routes.accountSecurity())
            #expect(security.body.contains("Get codes by e-mail instead"))
            let sent = try await browser.post(Routes.startEmailCodes(), [:])
            #expect(sent.status == .ok)
            #expect(sent.body.contains("Two-step sign-in by e-mail"))
            let code = try await Self.code(to: member.email, world)
            #expect(try await browser.post(Routes.confirmEmailCodes(), ["code": "000000"]).status == .badRequest)
            #expect(try await Member.find(member.id, on: world.app.db)?.emailSecondFactor == false)
            let codes = try await browser.post(Routes.confirmEmailCodes(), ["code": code])
            #expect(codes.status == .ok)
            #expect(codes.body.matches(of: /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/).count == 10)
            #expect(try await Member.find(member.id, on: world.app.db)?.emailSecondFactor == true)
            #expect(try await browser.get(Routes.account()).body.contains("a code we send to your e-mail"))
            // An e-mailed code does not shorten the password the rules ask for.
            let short = try await browser.post(Routes.changePassword(), ["new_password": "vk9-lamp"])
            #expect(short.status == .badRequest)
        }
    }

    @Test("Signing in: the code page sends one code, it works once, and only for the sign-in it was sent for")
    func signIn() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            let browser = try await Self.atCodePage(world, member)
            try await browser.get(Routes.signInCode())
            #expect(try await Self.codeMails(to: member.email, world) == 1)
            let code = try await Self.code(to: member.email, world)

            // Another sign-in, with its own code page, cannot use this code.
            let other = try await Self.atCodePage(world, member)
            #expect(try await other.post(Routes.signInCode(), ["code": code]).status == .unauthorized)

            #expect(try await browser.post(Routes.signInCode(), ["code": code]).location == Routes.home())
            let again = try await Self.atCodePage(world, member)
            #expect(try await again.post(Routes.signInCode(), ["code": code]).status == .unauthorized)
            let body = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$subject == "Your portal security code").first()
            ).body(world)
            #expect(body.contains("It works once, for 10 minutes"))
            #expect(body.contains("This e-mail contains no health information."))
        }
    }

    @Test("A code expires after 10 minutes; a new one can be asked for and works")
    func expiry() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            let browser = try await Self.atCodePage(world, member)
            let code = try await Self.code(to: member.email, world)
            world.advance(600)
            #expect(try await browser.post(Routes.signInCode(), ["code": code]).status == .unauthorized)
            let resent = try await browser.post(Routes.signInCode(), ["resend": "1"])
            #expect(resent.body.contains("A new code is on its way"))
            let fresh = try await Self.code(to: member.email, world)
            #expect(try await browser.post(Routes.signInCode(), ["code": fresh]).location == Routes.home())
        }
    }

    @Test("Five wrong answers spend a code, even the right answer after them")
    func guessing() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            let browser = try await Self.atCodePage(world, member)
            let code = try await Self.code(to: member.email, world)
            for _ in 0..<5 { try await browser.post(Routes.signInCode(), ["code": code == "111111" ? "222222" : "111111"]) }
            #expect(try await EmailCode.query(on: world.app.db).first()?.wrongAttempts == 5)
            world.advance(31)  // past the sign-in throttle's first wait, well inside the code's 10 minutes
            let refused = try await browser.post(Routes.signInCode(), ["code": code])
            #expect(refused.status == .unauthorized)
            #expect(refused.body.contains("That code is not right"))
        }
    }

    @Test("Sending is limited: five codes in a quarter of an hour, then a wait")
    func sendingThrottled() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            let browser = try await Self.atCodePage(world, member)
            var statuses: [HTTPStatus] = []
            for _ in 0..<6 { statuses.append(try await browser.post(Routes.signInCode(), ["resend": "1"]).status) }
            #expect(try await Self.codeMails(to: member.email, world) == 5)
            let last = try await browser.post(Routes.signInCode(), ["resend": "1"])
            #expect(last.body.contains("Too many attempts"))
        }
    }

    @Test("One code sent many times at once signs in once")
    func simultaneous() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            let browser = try await Self.atCodePage(world, member)
            let code = try await Self.code(to: member.email, world)
            let tabs = (0..<SimultaneousRequestTests.fewCopies).map { _ in browser.newTab() }
            let statuses = try await SimultaneousRequestTests.together(
                tabs.map { tab in { try await tab.post(Routes.signInCode(), ["code": code]) } })
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(try await EmailCode.query(on: world.app.db).filter(\.$usedAt != nil).count() == 1)
        }
    }

    @Test("A forgotten password with codes by e-mail: the link asks for an e-mailed code before the new password")
    func passwordReset() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            try await PasswordResetTests.ask(world, member.email)
            let link = try await PasswordResetTests.link(to: member.email, world)
            let browser = Browser(world)
            let step = try await browser.get(link)
            #expect(step.body.contains("two-step sign-in by e-mail"))
            #expect(try await Self.codeMails(to: member.email, world) == 0, "opening the link sends nothing")
            let sent = try await browser.post(link + "/code", ["resend": "1"])
            #expect(sent.body.contains("A new code is on its way"))
            let code = try await Self.code(to: member.email, world)
            #expect(try await browser.post(link + "/code", ["code": code]).location == link)
            #expect(
                try await browser.post(link + "/password", ["new_password": PasswordResetTests.newPassword]).status
                    == .seeOther)
        }
    }

    @Test("Confirming before a change asks for the password and an e-mailed code")
    func confirmIdentity() async throws {
        try await withTestApp { world in
            let member = try await Self.member(world)
            let browser = try await Self.atCodePage(world, member)
            try await browser.post(Routes.signInCode(), ["code": try await Self.code(to: member.email, world)])
            world.advance(600)
            let page = try await browser.get(Routes.confirmIdentity())
            #expect(page.body.contains("We sent a 6-digit code"))
            let code = try await Self.code(to: member.email, world)
            #expect(
                try await browser.post(Routes.submitConfirmIdentity(), ["password": Fixtures.password, "code": "999999"])
                    .status == .unauthorized)
            let confirmed = try await browser.post(
                Routes.submitConfirmIdentity(), ["password": Fixtures.password, "code": code])
            #expect(confirmed.location == Routes.accountSecurity())
            // Turning it off returns the account to the password alone.
            let off = try await browser.post(Routes.removeSecondFactor(), ["password": Fixtures.password])
            #expect(off.location == Routes.accountSecurity() + "?changed=second-factor")
            #expect(try await Member.find(member.id, on: world.app.db)?.emailSecondFactor == false)
        }
    }
}
