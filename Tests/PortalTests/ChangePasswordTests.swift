import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Changing a password")
struct ChangePasswordTests {
    @Test("A member changes their password; other devices are signed out, this one stays")
    func happyPath() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let here = Browser(world), elsewhere = Browser(world)
            try await here.signIn(email: member.email)
            try await elsewhere.signIn(email: member.email)
            try await here.get(Routes.account())

            let result = try await here.post(
                Routes.changePassword(), ["current_password": Fixtures.password, "new_password": "quiet otter maple lantern"])

            #expect(result.location == Routes.account() + "?changed=password")
            #expect(try await here.get(result.location!).body.contains("Your password was changed"))
            #expect(try await elsewhere.get(Routes.home()).location == Routes.signIn())
            #expect(try await Browser(world).signIn(email: member.email).status == .unauthorized)
            #expect(
                try await Browser(world).signIn(email: member.email, password: "quiet otter maple lantern").status == .seeOther)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "password.changed").count() == 1)
        }
    }

    @Test("A wrong current password changes nothing and says so next to the field")
    func wrongCurrent() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.account())
            let page = try await browser.post(
                Routes.changePassword(),
                ["current_password": "not my password at all", "new_password": "quiet otter maple lantern"])
            #expect(page.status == .badRequest)
            #expect(page.body.contains(#"id="current-password-error""#))
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)
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
            try await browser.get(Routes.account())
            let page = try await browser.post(
                Routes.changePassword(), ["current_password": Fixtures.password, "new_password": newPassword])
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
            try await browser.get(Routes.account())
            let page = try await browser.post(
                Routes.changePassword(), ["current_password": Fixtures.password, "new_password": "vk9-lamp"])
            #expect(page.status == .seeOther)
        }
    }
}
