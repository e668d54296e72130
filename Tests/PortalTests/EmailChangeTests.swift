import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Changing one's e-mail address: confirmed from the new address, told to the old one")
struct EmailChangeTests {
    static func link(to email: String, _ world: TestWorld) async throws -> String {
        let message = try #require(
            try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
                .filter(\.$subject == "Confirm your new e-mail address for the portal").sort(\.$createdAt, .descending).first())
        return String(try #require(message.body(world).firstMatch(of: /\/account\/email\/[A-Za-z0-9_-]{43}/)).output)
    }

    @Test("The new address takes effect only from its link; both addresses hear of it; notices and sign-in follow")
    func happyPath() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, email: "old@example.org")
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            let page = try await browser.get(Routes.accountSecurity())
            #expect(page.body.contains("You sign in with old@example.org"))
            let asked = try await browser.post(Routes.changeEmail(), ["email": " New@Example.org "])
            #expect(asked.status == .ok)
            #expect(asked.body.contains("We sent a link to new@example.org"))
            #expect(try await Member.find(member.id, on: world.app.db)?.email == "old@example.org")
            let warned = try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "old@example.org")
                .filter(\.$subject == "The e-mail address of your portal account").all()
            #expect(warned.count == 1 && warned[0].body(world).contains("n•••@example.org"))

            let link = try await Self.link(to: "new@example.org", world)
            let elsewhere = Browser(world)
            let confirm = try await elsewhere.get(link)
            #expect(confirm.body.contains("Yes, use this address"))
            #expect(try await Member.find(member.id, on: world.app.db)?.email == "old@example.org", "opening changes nothing")
            let done = try await elsewhere.post(link, [:])
            #expect(done.body.contains("Your e-mail address is now new@example.org"))
            #expect(try await Member.find(member.id, on: world.app.db)?.email == "new@example.org")
            #expect(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "old@example.org")
                    .filter(\.$subject == "The e-mail address of your portal account").count() == 2)
            #expect(try await Browser(world).signIn(email: "old@example.org").status == .unauthorized)
            #expect(try await Browser(world).signIn(email: "new@example.org").location == Routes.home())
            #expect(try await Browser(world).get(link).status == .gone)
            let events = try await AuditEvent.query(on: world.app.db).filter(
                \.$action ~~ ["email.change_requested", "email.changed"]
            )
            .count()
            #expect(events == 2)
        }
    }

    @Test(
        "Refused: the same address and a malformed one are told; another account's and a parent's for the teen are answered as sent and only their owner is told; and without fresh proof"
    )
    func refusals() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await Fixtures.member(world, email: "taken@example.org")
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            try await teen.get(Routes.accountSecurity())
            for (email, message) in [
                (clinic.teenAccount.email, "That is already your address."),
                ("not an address", "Enter a plain e-mail address"),
            ] {
                let page = try await teen.post(Routes.changeEmail(), ["email": email])
                #expect(page.status == .badRequest, "\(email)")
                #expect(page.body.contains(message), "\(email)")
            }
            // Neither answer tells the teen whose address it is, or that it has an account.
            let fresh = try await teen.post(Routes.changeEmail(), ["email": "fresh@example.org"])
            for email in ["taken@example.org", clinic.parent.email] {
                let page = try await teen.post(Routes.changeEmail(), ["email": email])
                #expect(page.status == fresh.status, "\(email)")
                #expect(page.body.replacingOccurrences(of: email, with: "fresh@example.org") == fresh.body, "\(email)")
                let told = try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email).all()
                #expect(told.count == 1, "\(email)")
                let body = told.first?.body(world) ?? ""
                #expect(body.contains("cannot be used") && !body.contains("/account/email/"), "\(email)")
            }
            #expect(try await EmailChange.query(on: world.app.db).filter(\.$newEmail != "fresh@example.org").count() == 0)
            try await EmailChange.query(on: world.app.db).delete()
            world.advance(301)
            #expect(
                try await teen.post(Routes.changeEmail(), ["email": "fresh@example.org"]).location?.hasPrefix(
                    Routes.confirmIdentity()) == true)
        }
    }

    @Test("A link expires after a day, a newer request replaces it, and an address taken meanwhile is not stolen")
    func linkEdges() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, email: "old@example.org")
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.accountSecurity())
            try await browser.post(Routes.changeEmail(), ["email": "first@example.org"])
            let first = try await Self.link(to: "first@example.org", world)
            try await browser.post(Routes.changeEmail(), ["email": "second@example.org"])
            let second = try await Self.link(to: "second@example.org", world)
            #expect(try await Browser(world).get(first).status == .gone)

            _ = try await Fixtures.member(world, email: "second@example.org")
            let taken = Browser(world)
            try await taken.get(second)
            #expect(try await taken.post(second, [:]).status == .gone)
            #expect(try await Member.find(member.id, on: world.app.db)?.email == "old@example.org")

            try await browser.signIn(email: member.email)
            try await browser.get(Routes.accountSecurity())
            try await browser.post(Routes.changeEmail(), ["email": "third@example.org"])
            let third = try await Self.link(to: "third@example.org", world)
            world.advance(24 * 3_600)
            #expect(try await Browser(world).get(third).status == .gone)
        }
    }

    @Test("Taking the account back cancels a pending address change; a confirmed change cancels reset links")
    func takingTheAccountBack() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, email: "teen@example.org")
            // Someone who knows the password asks to move the account to their own address.
            let intruder = Browser(world)
            try await intruder.signIn(email: member.email)
            try await intruder.get(Routes.accountSecurity())
            try await intruder.post(Routes.changeEmail(), ["email": "intruder@example.org"])
            let link = try await Self.link(to: "intruder@example.org", world)
            // The owner, told by e-mail, chooses a new password with a reset link.
            try await PasswordResetTests.ask(world, member.email)
            let reset = try await PasswordResetTests.link(to: member.email, world)
            let owner = Browser(world)
            try await owner.get(reset)
            try await owner.post(reset + "/password", ["new_password": PasswordResetTests.newPassword])
            let late = Browser(world)
            #expect(try await late.get(link).status == .gone)
            #expect(try await Member.find(member.id, on: world.app.db)?.email == "teen@example.org")

            // And the other way: a reset link sent to the old address dies with the move.
            try await owner.signIn(email: member.email, password: PasswordResetTests.newPassword)
            try await owner.get(Routes.accountSecurity())
            try await PasswordResetTests.ask(world, member.email)
            let oldLink = try await PasswordResetTests.link(to: member.email, world)
            try await owner.post(Routes.changeEmail(), ["email": "teen.new@example.org"])
            let confirm = try await Self.link(to: "teen.new@example.org", world)
            let browser = Browser(world)
            try await browser.get(confirm)
            try await browser.post(confirm, [:])
            #expect(try await Browser(world).get(oldLink).status == .gone)
        }
    }

    @Test("A closed parent account's address still counts for the teen rule")
    func releasedParentAddress() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = try #require(try await Member.find(clinic.parent.id, on: world.app.db))
            let address = parent.email
            parent.releasedEmail = address
            parent.email = Member.releasedAddress(of: parent.id!)
            parent.status = .deactivated
            try await parent.update(on: world.app.db)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            try await teen.get(Routes.accountSecurity())
            let refused = try await teen.post(Routes.changeEmail(), ["email": address])
            #expect(refused.status == .ok)
            #expect(try await EmailChange.query(on: world.app.db).count() == 0)
            let told = try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == address).all()
            #expect(told.count == 1 && told.allSatisfy { $0.body(world).contains("cannot be used") })
            #expect(
                try await Invitations.conflict(address, .`self`, clinic.teen, now: world.now, on: world.app.db) != nil)
        }
    }
}
