import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Sign-in security: fresh proof, a new password, the second factor and recovery codes")
struct ChangePasswordTests {
    static let newPassword = "quiet otter maple lantern"

    static func changedMails(_ world: TestWorld, to email: String) async throws -> Int {
        try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
            .filter(\.$subject == "Your portal password was changed").count()
    }

    @Test("A member changes their password; other devices are signed out, this one stays, and an e-mail says so")
    func happyPath() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let here = Browser(world), elsewhere = Browser(world)
            try await here.signIn(email: member.email)
            try await elsewhere.signIn(email: member.email)
            #expect(try await here.get(Routes.account()).body.contains(#"href="\#(Routes.accountSecurity())""#))
            #expect(try await here.get(Routes.accountSecurity()).status == .ok)

            let result = try await here.post(Routes.changePassword(), ["new_password": Self.newPassword])

            #expect(result.location == Routes.accountSecurity() + "?changed=password")
            #expect(try await here.get(result.location!).body.contains("Your password was changed"))
            #expect(try await elsewhere.get(Routes.home()).location == Routes.signIn())
            #expect(try await Browser(world).signIn(email: member.email).status == .unauthorized)
            #expect(try await Browser(world).signIn(email: member.email, password: Self.newPassword).status == .seeOther)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "password.changed").count() == 1)
            #expect(try await Self.changedMails(world, to: member.email) == 1)
        }
    }

    @Test("Five minutes after the password was last given, changes ask for it again; a wrong one changes nothing")
    func freshProof() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            world.advance(4 * 60 + 59)
            #expect(try await browser.get(Routes.accountSecurity()).status == .ok)
            world.advance(1)
            let stale = try await browser.get(Routes.accountSecurity())
            let confirmPath = Routes.confirmIdentity().query(["return_to": Routes.accountSecurity()])
            #expect(stale.location == confirmPath)
            let post = try await browser.post(Routes.changePassword(), ["new_password": Self.newPassword])
            #expect(post.location == confirmPath)
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)

            let form = try await browser.get(confirmPath)
            #expect(form.body.contains(#"name="return_to" value="/account/security""#))
            #expect(!form.body.contains(#"name="code""#))
            let wrong = try await browser.post(
                Routes.submitConfirmIdentity(), ["password": "not my password at all", "return_to": Routes.accountSecurity()])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains("Your current password is not right."))
            #expect(try await Member.find(member.id, on: world.app.db)?.failedSignIns == 1)
            #expect(try await browser.get(Routes.accountSecurity()).location == confirmPath)

            let right = try await browser.post(
                Routes.submitConfirmIdentity(), ["password": Fixtures.password, "return_to": "https://evil.example/"])
            #expect(right.location == Routes.home())
            #expect(try await browser.post(Routes.changePassword(), ["new_password": Self.newPassword]).status == .seeOther)
            let events = try await AuditEvent.query(on: world.app.db).filter(\.$action == "account.reauthenticated").all()
            #expect(events.map(\.outcome).sorted() == ["failure", "success"])
        }
    }

    @Test("Confirming with two-step sign-in on needs the code as well as the password")
    func freshProofWithCode() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, totpSecret: SecondFactorTests.secret)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.signInCode())
            try await browser.post(Routes.signInCode(), ["code": SecondFactorTests.code(world)])
            world.advance(600)
            let form = try await browser.get(Routes.confirmIdentity())
            #expect(form.body.contains(#"name="code""#))
            let noCode = try await browser.post(Routes.submitConfirmIdentity(), ["password": Fixtures.password, "code": ""])
            #expect(noCode.status == .unauthorized)
            #expect(noCode.body.contains("That password or code is not right"))
            let right = try await browser.post(
                Routes.submitConfirmIdentity(), ["password": Fixtures.password, "code": SecondFactorTests.code(world)])
            #expect(right.location == Routes.accountSecurity())
            #expect(try await browser.get(Routes.accountSecurity()).status == .ok)
        }
    }

    @Test(
        "The password rules are explained next to the new-password field",
        arguments: [
            ("fourteen chars", "at least 15 characters"),
            ("1qaz2wsx3edc4rfv", "most commonly used"),
            ("rivera family garden", "your name or e-mail"),
            (String(repeating: "long ", count: 26), "at most 128 characters"),
        ])
    func rulesApplied(newPassword: String, message: String) async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, name: "Pat Rivera")
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.accountSecurity())
            let page = try await browser.post(Routes.changePassword(), ["new_password": newPassword])
            #expect(page.status == .badRequest)
            #expect(page.body.contains(message))
            #expect(page.body.contains(#"id="new-password-error""#))
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)
        }
    }

    @Test("With two-step sign-in on, eight characters are enough")
    func shorterWithSecondFactor() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, totpSecret: SecondFactorTests.secret)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.signInCode())
            try await browser.post(Routes.signInCode(), ["code": SecondFactorTests.code(world)])
            try await browser.get(Routes.accountSecurity())
            let page = try await browser.post(Routes.changePassword(), ["new_password": "vk9-lamp"])
            #expect(page.status == .seeOther)
        }
    }

    @Test("Staff change their own password")
    func staffPassword() async throws {
        try await withTestApp { world in
            let staff = try await Fixtures.staff(world, role: .clinician)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, staff)
            let page = try await browser.get(Routes.accountSecurity())
            #expect(page.status == .ok)
            #expect(page.body.contains("Staff accounts always use two-step sign-in"))
            #expect(try await browser.post(Routes.changePassword(), ["new_password": Self.newPassword]).status == .seeOther)
            let next = Browser(world)
            #expect(
                try await next.signIn(email: staff.email, password: Self.newPassword, staff: true).location == Routes.signInCode()
            )
            #expect(try await Self.changedMails(world, to: staff.email) == 1)
            // Staff cannot turn their second factor off.
            #expect(try await browser.post(Routes.removeSecondFactor(), ["password": Self.newPassword]).status == .forbidden)
        }
    }

    @Test("A member turns two-step sign-in off only with a password long enough to stand alone")
    func removeSecondFactor() async throws {
        try await withTestApp { world in
            let (member, _, codes) = try await SimultaneousRequestTests.memberWithSecondFactor(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.signInCode())
            try await browser.post(Routes.signInCode(), ["code": codes[0]])
            let page = try await browser.get(Routes.accountSecurity())
            #expect(page.body.contains("Turn off two-step sign-in"))
            let wrong = try await browser.post(Routes.removeSecondFactor(), ["password": "not the password"])
            #expect(wrong.status == .badRequest)
            #expect(try await Member.find(member.id, on: world.app.db)?.totpSecret != nil)

            try await browser.post(Routes.changePassword(), ["new_password": "vk9-lamp"])
            let short = try await browser.post(Routes.removeSecondFactor(), ["password": "vk9-lamp"])
            #expect(short.status == .badRequest)
            #expect(short.body.contains("shorter than 15 characters"))
            #expect(try await Member.find(member.id, on: world.app.db)?.totpSecret != nil)

            try await browser.post(Routes.changePassword(), ["new_password": Self.newPassword])
            let removed = try await browser.post(Routes.removeSecondFactor(), ["password": Self.newPassword])
            #expect(removed.location == Routes.accountSecurity() + "?changed=second-factor")
            #expect(try await Member.find(member.id, on: world.app.db)?.totpSecret == nil)
            #expect(try await RecoveryCode.query(on: world.app.db).filter(\.$member.$id == member.id).count() == 0)
            #expect(
                try await Browser(world).signIn(email: member.email, password: Self.newPassword).location == Routes.home())
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "second_factor.removed").count() == 2)
        }
    }

    @Test("New recovery codes replace every old one; each is stored as salted bcrypt, never as typed")
    func newRecoveryCodes() async throws {
        try await withTestApp { world in
            let (member, _, oldCodes) = try await SimultaneousRequestTests.memberWithSecondFactor(world)
            let stored = try await RecoveryCode.query(on: world.app.db).filter(\.$member.$id == member.id).all()
            #expect(stored.count == 10)
            #expect(stored.allSatisfy { $0.codeHash.hasPrefix("$2b$10$") && $0.codeHash.count == 60 })
            #expect(Set(stored.map { $0.codeHash.prefix(29) }).count == 1)
            #expect(
                stored.allSatisfy { hash in
                    !oldCodes.contains { hash.codeHash.contains($0.replacingOccurrences(of: "-", with: "")) }
                })

            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.signInCode())
            try await browser.post(Routes.signInCode(), ["code": oldCodes[0]])
            try await browser.get(Routes.account())
            world.advance(301)
            let stale = try await browser.post(Routes.newRecoveryCodes(), [:])
            #expect(stale.location?.hasPrefix(Routes.confirmIdentity()) == true)
            try await browser.post(
                Routes.submitConfirmIdentity(), ["password": Fixtures.password, "code": oldCodes[1]])
            let page = try await browser.post(Routes.newRecoveryCodes(), [:])
            let list = try #require(page.body.firstMatch(of: /<ul class="codes">.*?<\/ul>/.dotMatchesNewlines()))
            let newCodes = String(list.output).matches(of: /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/).map {
                String($0.output)
            }
            #expect(newCodes.count == 10)
            let salts = try await RecoveryCode.query(on: world.app.db).filter(\.$member.$id == member.id).all()
                .map { $0.codeHash.prefix(29) }
            #expect(!salts.contains(stored[0].codeHash.prefix(29)))

            for (code, works) in [(oldCodes[2], false), (newCodes[0], true)] {
                let next = Browser(world)
                try await next.signIn(email: member.email)
                try await next.get(Routes.signInCode())
                #expect(try await next.post(Routes.signInCode(), ["code": code]).location == (works ? Routes.home() : nil))
            }
        }
    }

    @Test("Turning on two-step sign-in also needs fresh proof")
    func setupNeedsFreshProof() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.account())
            world.advance(600)
            #expect(try await browser.get(Routes.secondFactorSetup()).location?.hasPrefix(Routes.confirmIdentity()) == true)
            #expect(
                try await browser.post(Routes.secondFactorSetup(), ["code": "123456"]).location?.hasPrefix(
                    Routes.confirmIdentity()) == true)
        }
    }
}
