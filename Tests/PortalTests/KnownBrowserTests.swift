import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Was this you? New browsers are announced, and every signed-in browser can be signed out")
struct KnownBrowserTests {
    static let iPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
    static let windows =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

    static func notices(_ world: TestWorld, to email: String) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email)
            .filter(\.$subject == "New sign-in to your portal account").sort(\.$createdAt).all()
    }

    @Test("A sign-in from a browser the account has not used sends one e-mail; the same browser again sends none")
    func newBrowserAnnounced() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let phone = Browser(world)
            phone.userAgent = Self.iPhone
            try await phone.signIn(email: member.email)
            let first = try await Self.notices(world, to: member.email)
            #expect(first.count == 1)
            let body = try #require(first.first?.body(world))
            #expect(body.contains("Safari on iPhone"))
            #expect(body.contains("When: November 24, 2026, 12:00 PM"))
            #expect(body.contains(world.config.publicURL.absoluteString + Routes.accountActivity()))
            #expect(body.contains("This e-mail contains no health information."))

            try await phone.post(Routes.signOut(), [:])
            try await phone.signIn(email: member.email)
            #expect(try await Self.notices(world, to: member.email).count == 1)

            let desktop = Browser(world)
            desktop.userAgent = Self.windows
            try await desktop.signIn(email: member.email)
            let notices = try await Self.notices(world, to: member.email)
            #expect(notices.count == 2)
            #expect(notices.last?.body(world).contains("Chrome on Windows") == true)
            #expect(try await KnownBrowser.query(on: world.app.db).filter(\.$member.$id == member.id).count() == 2)
        }
    }

    @Test("With two-step sign-in the notice waits for the code: a right password alone announces nothing")
    func afterTheSecondFactor() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, totpSecret: SecondFactorTests.secret)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            #expect(try await Self.notices(world, to: member.email).isEmpty)
            try await browser.get(Routes.signInCode())
            try await browser.post(Routes.signInCode(), ["code": SecondFactorTests.code(world)])
            #expect(try await Self.notices(world, to: member.email).count == 1)
        }
    }

    @Test(
        "One browser shared by two family members is known to each by a token of its own; staff browsers are recorded, not mailed"
    )
    func sharedAndStaff() async throws {
        try await withTestApp { world in
            let first = try await Fixtures.member(world), second = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: first.email)
            try await browser.post(Routes.signOut(), [:])
            try await browser.signIn(email: second.email)
            #expect(try await Self.notices(world, to: first.email).count == 1)
            #expect(try await Self.notices(world, to: second.email).count == 1)
            // Each account has its own token in the shared browser.
            let hashes = Set(try await KnownBrowser.query(on: world.app.db).all().map(\.tokenHash))
            #expect(hashes.count == 2)
            // Signing in again as the first: still known, no second notice.
            try await browser.post(Routes.signOut(), [:])
            try await browser.signIn(email: first.email)
            #expect(try await Self.notices(world, to: first.email).count == 1)

            let staff = try await Fixtures.staff(world, role: .clinician)
            try await SecondFactorTests.signInStaff(Browser(world), world, staff)
            #expect(try await KnownBrowser.query(on: world.app.db).filter(\.$staffUser.$id == staff.id).count() == 1)
            #expect(try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == staff.email).count() == 0)
        }
    }

    @Test("The activity page lists each signed-in browser; signing one out ends it at once, and is audited")
    func signOutOneBrowser() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let desktop = Browser(world), phone = Browser(world), other = Browser(world)
            desktop.userAgent = Self.windows
            phone.userAgent = Self.iPhone
            try await desktop.signIn(email: member.email)
            try await phone.signIn(email: member.email)
            let someoneElse = try await Fixtures.member(world)
            try await other.signIn(email: someoneElse.email)

            let page = try await desktop.get(Routes.accountActivity())
            #expect(page.body.contains("Where your account is signed in"))
            #expect(page.body.contains("Sign out: Chrome on Windows"))
            #expect(page.body.contains("Sign out: Safari on iPhone"))
            #expect(page.body.components(separatedBy: "This browser").count == 2)
            let handles = page.body.matches(of: /name="session" value="([0-9a-f]{24})"/).map { String($0.output.1) }
            #expect(handles.count == 2)
            let sessions = try await UserSession.query(on: world.app.db).filter(\.$member.$id == member.id).all()
            #expect(sessions.allSatisfy { session in !handles.contains { session.id!.contains($0) } })

            // The phone's entry is the one that is not this browser's.
            let phoneSession = try #require(sessions.first { $0.userAgent == Self.iPhone })
            let phoneHandle = AccountActivityController.handle(of: phoneSession)
            // Another family's handle, or a made-up one, ends nothing.
            let othersSession = try #require(
                try await UserSession.query(on: world.app.db).filter(\.$member.$id == someoneElse.id).first())
            #expect(
                try await desktop.post(
                    Routes.endAccountSession(), ["session": AccountActivityController.handle(of: othersSession)]
                ).location == Routes.accountActivity())
            #expect(try await other.get(Routes.home()).status == .ok)
            #expect(
                try await desktop.post(Routes.endAccountSession(), ["session": "nonsense"]).location == Routes.accountActivity())

            let ended = try await desktop.post(Routes.endAccountSession(), ["session": phoneHandle])
            #expect(ended.location == Routes.accountActivity() + "?ended=1")
            #expect(try await desktop.get(ended.location!).body.contains("That browser is signed out."))
            #expect(try await phone.get(Routes.home()).location == Routes.signIn())
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "sign_out.one_browser").count() == 1)

            let activity = try await desktop.get(Routes.accountActivity())
            let own = try #require(activity.body.firstMatch(of: /name="session" value="([0-9a-f]{24})"/))
            let signedOut = try await desktop.post(Routes.endAccountSession(), ["session": String(own.output.1)])
            #expect(signedOut.location == Routes.signIn() + "?signed_out=1")
            #expect(try await desktop.get(Routes.home()).location == Routes.signIn())
        }
    }

    @Test("In Spanish: the notice and the list")
    func spanish() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, language: .spanish)
            let browser = Browser(world)
            browser.userAgent = Self.iPhone
            browser.setCookie(Request.languageCookie, "es")
            try await browser.signIn(email: member.email)
            let notice = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == member.email).first())
            #expect(notice.subject == "Nuevo inicio de sesión en su cuenta del portal")
            #expect(notice.body(world).contains("Safari en iPhone"))
            let page = try await browser.get(Routes.accountActivity())
            #expect(page.body.contains("Dónde está abierta su cuenta"))
            #expect(page.body.contains("Este navegador"))
        }
    }

    @Test("A token planted in a browser, or copied from another account's cookie, does not make it known")
    func plantedToken() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.member(world), parent = try await Fixtures.member(world)
            let parentBrowser = Browser(world)
            try await parentBrowser.signIn(email: parent.email)
            let parentToken = try #require(parentBrowser.cookies[KnownBrowsers.cookie(for: .member(parent.id!))])
            let elsewhere = Browser(world)
            elsewhere.setCookie(KnownBrowsers.cookie(for: .member(teen.id!)), parentToken)
            try await elsewhere.signIn(email: teen.email)
            #expect(try await Self.notices(world, to: teen.email).count == 1)
        }
    }
}
