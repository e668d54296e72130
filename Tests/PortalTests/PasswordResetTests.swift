import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Forgotten passwords")
struct PasswordResetTests {
    static let newPassword = "heron quilt autumn ladder"

    /// Asks for a link from a fresh browser; the page it answers with.
    @discardableResult
    static func ask(_ world: TestWorld, _ email: String, from browser: Browser? = nil) async throws -> Browser.Page {
        let browser = browser ?? Browser(world)
        try await browser.get(Routes.forgotPassword())
        return try await browser.post(Routes.submitForgotPassword(), ["email": email])
    }

    /// The path of the newest reset link e-mailed to `email`.
    static func link(to email: String, _ world: TestWorld) async throws -> String {
        let message = try #require(
            try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
                .filter(\.$subject == "Choose a new password for your portal account")
                .sort(\.$createdAt, .descending).first())
        let match = try #require(message.body(world).firstMatch(of: /\/sign-in\/reset\/[A-Za-z0-9_-]{43}/))
        return String(match.output)
    }

    /// A browser that has loaded a page, so its forms carry the CSRF token.
    static func browser(_ world: TestWorld) async throws -> Browser {
        let browser = Browser(world)
        try await browser.get(Routes.forgotPassword())
        return browser
    }

    static func actions(_ world: TestWorld, _ action: AuditEntry.Action) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: world.app.db).filter(\.$action == action.rawValue).all()
    }

    @Test("A member without a second factor asks for a link, chooses a password, and every session ends")
    func withoutSecondFactor() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let signedIn = Browser(world)
            try await signedIn.signIn(email: member.email)

            let signInPage = try await Browser(world).get(Routes.signIn())
            #expect(signInPage.body.contains(#"href="\#(Routes.forgotPassword())""#))
            let sent = try await Self.ask(world, "  \(member.email.uppercased()) ")
            #expect(sent.status == .ok)
            #expect(sent.body.contains("Check your e-mail"))
            let link = try await Self.link(to: member.email, world)
            #expect(try await PasswordReset.query(on: world.app.db).first()?.tokenHash.count == 64)
            #expect(try await PasswordReset.query(on: world.app.db).all().allSatisfy { !link.contains($0.tokenHash) })

            let browser = Browser(world)
            let form = try await browser.get(link)
            #expect(form.status == .ok)
            #expect(form.body.contains(#"name="new_password""#))
            #expect(form.body.contains(#"autocomplete="new-password""#))
            let saved = try await browser.post(link + "/password", ["new_password": Self.newPassword])
            #expect(saved.location == Routes.signIn() + "?reset=1")
            #expect(try await browser.get(saved.location!).body.contains("Your password was changed"))

            #expect(try await signedIn.get(Routes.home()).location == Routes.signIn())
            #expect(try await UserSession.query(on: world.app.db).filter(\.$member.$id == member.requireID()).count() == 0)
            #expect(try await Browser(world).signIn(email: member.email).status == .unauthorized)
            #expect(try await Browser(world).signIn(email: member.email, password: Self.newPassword).location == Routes.home())

            let changed = try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == member.email)
                .filter(\.$subject == "Your portal password was changed").all()
            #expect(changed.count == 1)
            #expect(changed.first?.body(world).contains("was just changed") == true)
            #expect(try await Self.actions(world, .passwordResetRequested).map(\.outcome) == ["success"])
            #expect(try await Self.actions(world, .passwordReset).map(\.actorID) == [member.id!.uuidString.lowercased()])

            // The link worked once.
            let again = try await Browser(world).get(link)
            #expect(again.status == .gone)
            #expect(again.body.contains("This link no longer works"))
            #expect(
                try await Self.browser(world).post(link + "/password", ["new_password": "another long password here"]).status
                    == .gone)
        }
    }

    @Test("An unknown address gets the same page as a known one, no e-mail, and neither hashes or sends anything while answering")
    func sameAnswerForUnknownAddresses() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, email: "known@example.org")
            func normalized(_ page: Browser.Page, _ email: String) -> String {
                page.body.replacingOccurrences(of: email, with: "EMAIL")
                    .replacing(/value="[A-Za-z0-9_.-]{40,}"/, with: "value=\"TOKEN\"")
            }
            let known = try await Self.ask(world, member.email)
            let unknown = try await Self.ask(world, "nobody@example.org")
            #expect(known.status == unknown.status)
            #expect(normalized(known, member.email) == normalized(unknown, "nobody@example.org"))
            #expect(try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "nobody@example.org").count() == 0)
            #expect(try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == member.email).count() == 1)

            // Timing: neither answer hashes anything or waits for the mail server (the e-mail
            // goes through the outbox), so both are a few statements: the same class of time.
            let hashes = world.app.portal.passwords.operationsPerformed
            try await Self.ask(world, member.email)
            try await Self.ask(world, "someone.else@example.org")
            #expect(world.app.portal.passwords.operationsPerformed == hashes)
        }
    }

    @Test("A closed account gets no link; its page tells the visitor whom to call")
    func deactivatedAccount() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            member.status = .deactivated
            try await member.update(on: world.app.db)
            let page = try await Self.ask(world, member.email)
            #expect(page.status == .ok)
            #expect(
                page.body.contains(
                    "A closed account cannot choose a new password: call Health Information Management at (312) 555-0100"))
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 0)
        }
    }

    @Test("A link works until its 30th minute; a link asked for before the account was closed stops working")
    func expiry() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            try await Self.ask(world, member.email)
            let link = try await Self.link(to: member.email, world)
            world.advance(29 * 60 + 59)
            #expect(try await Browser(world).get(link).status == .ok)
            world.advance(1)
            let late = try await Browser(world).get(link)
            #expect(late.status == .gone)
            #expect(late.body.contains(#"href="\#(Routes.forgotPassword())""#))
            #expect(try await Self.browser(world).post(link + "/password", ["new_password": Self.newPassword]).status == .gone)

            try await Self.ask(world, member.email)
            let fresh = try await Self.link(to: member.email, world)
            member.status = .deactivated
            try await member.update(on: world.app.db)
            #expect(try await Self.browser(world).post(fresh + "/password", ["new_password": Self.newPassword]).status == .gone)
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)
        }
    }

    @Test("Bad input: no address, a made-up link, a weak password; each answered with a message, nothing changed")
    func badInput() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, name: "Pat Rivera")
            let empty = try await Self.ask(world, "   ")
            #expect(empty.status == .badRequest)
            #expect(empty.body.contains("Enter the e-mail address you sign in with."))
            #expect(try await Self.ask(world, String(repeating: "a", count: 250) + "@example.org").status == .badRequest)
            for madeUp in ["/sign-in/reset/short", "/sign-in/reset/" + String(repeating: "A", count: 43)] {
                #expect(try await Browser(world).get(madeUp).status == .gone)
            }

            try await Self.ask(world, member.email)
            let link = try await Self.link(to: member.email, world)
            let browser = Browser(world)
            try await browser.get(link)
            let weak = try await browser.post(link + "/password", ["new_password": "rivera family garden"])
            #expect(weak.status == .badRequest)
            #expect(weak.body.contains("your name or e-mail"))
            let short = try await browser.post(link + "/password", ["new_password": "short"])
            #expect(short.status == .badRequest)
            #expect(short.body.contains("at least 15 characters"))
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)
            // The refusals did not spend the link.
            #expect(try await browser.post(link + "/password", ["new_password": Self.newPassword]).status == .seeOther)
        }
    }

    @Test("With two-step sign-in, the link asks for the code first; a wrong code is refused and counted")
    func withAuthenticator() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, totpSecret: SecondFactorTests.secret)
            try await Self.ask(world, member.email)
            let link = try await Self.link(to: member.email, world)

            let browser = Browser(world)
            let codeStep = try await browser.get(link)
            #expect(codeStep.body.contains("Confirm it is you"))
            #expect(!codeStep.body.contains(#"name="new_password""#))
            // Skipping the code changes nothing.
            let skipped = try await browser.post(link + "/password", ["new_password": Self.newPassword])
            #expect(skipped.location == link)
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)

            let wrong = try await browser.post(link + "/code", ["code": "000000"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains("That code is not right"))
            #expect(try await Member.find(member.id, on: world.app.db)?.failedSignIns == 1)

            let right = try await browser.post(link + "/code", ["code": SecondFactorTests.code(world)])
            #expect(right.location == link)
            // The proof belongs to this browser: the link alone, elsewhere, still asks for the code.
            let elsewhere = Browser(world)
            #expect(try await elsewhere.get(link).body.contains("Confirm it is you"))
            #expect(try await elsewhere.post(link + "/password", ["new_password": Self.newPassword]).location == link)

            #expect(try await browser.get(link).body.contains(#"name="new_password""#))
            let saved = try await browser.post(link + "/password", ["new_password": "eight ch"])
            #expect(saved.location == Routes.signIn() + "?reset=1")
            let next = Browser(world)
            #expect(try await next.signIn(email: member.email, password: "eight ch").location == Routes.signInCode())
            #expect(try await Self.actions(world, .passwordResetSecondFactor).map(\.outcome).sorted() == ["failure", "success"])
        }
    }

    @Test("A recovery code proves the second factor when the phone is lost, and is spent")
    func withRecoveryCode() async throws {
        try await withTestApp { world in
            let (member, _, codes) = try await SimultaneousRequestTests.memberWithSecondFactor(world)
            try await Self.ask(world, member.email)
            let link = try await Self.link(to: member.email, world)
            let browser = Browser(world)
            try await browser.get(link)
            #expect(try await browser.post(link + "/code", ["code": codes[3]]).location == link)
            #expect(try await browser.post(link + "/password", ["new_password": Self.newPassword]).status == .seeOther)
            let unused = try await RecoveryCode.query(on: world.app.db).filter(\.$usedAt == nil).count()
            #expect(unused == codes.count - 1)
        }
    }

    @Test("Asking again and again for one address, known or not, is slowed down like sign-in")
    func throttled() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            for email in [member.email, "nobody@example.org"] {
                var statuses: [HTTPStatus] = []
                for _ in 0..<7 { statuses.append(try await Self.ask(world, email).status) }
                #expect(statuses.prefix(5).allSatisfy { $0 == .ok })
                #expect(statuses.last == .tooManyRequests)
                world.advance(3_600)
            }
            #expect(try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == member.email).count() <= 6)
            #expect(try await Self.actions(world, .passwordResetRequested).contains { $0.outcome == "throttled" })
        }
    }

    @Test("One link submitted many times at once sets one password")
    func simultaneousUse() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            try await Self.ask(world, member.email)
            let link = try await Self.link(to: member.email, world)
            let first = Browser(world)
            try await first.get(link)
            let tabs = (0..<SimultaneousRequestTests.fewCopies).map { _ in first.newTab() }
            let statuses = try await SimultaneousRequestTests.together(
                tabs.enumerated().map { index, tab in
                    { try await tab.post(link + "/password", ["new_password": "\(Self.newPassword) \(index)"]) }
                })
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .gone }.count == statuses.count - 1)
            #expect(try await Self.actions(world, .passwordReset).count == 1)
        }
    }

    @Test("The owner's new password lifts a lock set by someone else's guesses")
    func liftsTheLock() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            member.signInLockedAt = world.now
            member.failedSignIns = 100
            try await member.update(on: world.app.db)
            try await Self.ask(world, member.email)
            let link = try await Self.link(to: member.email, world)
            let browser = Browser(world)
            try await browser.get(link)
            #expect(try await browser.post(link + "/password", ["new_password": Self.newPassword]).status == .seeOther)
            let stored = try #require(try await Member.find(member.id, on: world.app.db))
            #expect(stored.signInLockedAt == nil && stored.failedSignIns == 0)
            #expect(try await Browser(world).signIn(email: member.email, password: Self.newPassword).location == Routes.home())
        }
    }

    @Test("In Spanish: the pages and the e-mail")
    func spanish() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, language: .spanish)
            let browser = Browser(world)
            browser.setCookie(Request.languageCookie, "es")
            let form = try await browser.get(Routes.forgotPassword())
            #expect(form.body.contains("Elegir una contraseña nueva"))
            let sent = try await browser.post(Routes.submitForgotPassword(), ["email": member.email])
            #expect(sent.body.contains("Revise su correo electrónico"))
            let mail = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(mail.subject == "Elija una contraseña nueva para su cuenta del portal")
            #expect(mail.body(world).contains("antes de 30 minutos"))
        }
    }
}
