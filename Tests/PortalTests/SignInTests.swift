import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("Signing in")
struct SignInTests {
    @Test("A parent signs in and sees each child they may see, with name and age")
    func parentSeesChildren() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world, name: "Ana Rivera")
            try await Fixtures.grant(world, parent, try await Fixtures.patient(world, name: "Lily Rivera", bornYearsAgo: 5))
            try await Fixtures.grant(world, parent, try await Fixtures.patient(world, name: "Max Rivera", bornYearsAgo: 14))
            let browser = Browser(world)

            let signIn = try await browser.signIn(email: parent.email)
            let home = try await browser.get(Routes.home())

            #expect(signIn.status == .seeOther)
            #expect(signIn.location == Routes.home())
            #expect(home.status == .ok)
            #expect(home.body.contains("Lily Rivera") && home.body.contains("5 years old"))
            #expect(home.body.contains("Max Rivera") && home.body.contains("14 years old"))
            #expect(home.body.contains("Ana Rivera"))
        }
    }

    @Test(
        "Past what the cores can hash, a sign-in is answered 503 with Retry-After at once, and nothing of it is counted or hashed"
    )
    func surgeIsRefusedAtOnce() async throws {
        try await withTestApp { world in
            let surge = 2 * (System.coreCount + PasswordHashing.minimumWaiting)
            var people: [(Browser, Member)] = []
            for index in 0..<surge {
                let member = try await Fixtures.member(world, email: "surge\(index)@example.org")
                let browser = Browser(world)
                try await browser.get(Routes.signIn())
                people.append((browser, member))
            }
            // A hash that takes ten seconds leaves room for the hashing threads and the
            // fewest waiting: half the sign-ins at most.
            let passwords = world.app.portal.passwords
            passwords.calibrate(secondsPerHash: 10)
            let hashedBefore = passwords.operationsPerformed
            let answers = try await withThrowingTaskGroup(of: Browser.Page.self) { group in
                for (browser, member) in people {
                    group.addTask {
                        try await browser.post(Routes.signIn(), ["email": member.email, "password": Fixtures.password])
                    }
                }
                return try await group.reduce(into: [Browser.Page]()) { $0.append($1) }
            }
            let signedIn = answers.filter { $0.status == .seeOther }
            let refused = answers.filter { $0.status == .serviceUnavailable }
            #expect(signedIn.count + refused.count == surge, "\(answers.map(\.status.code))")
            #expect(!signedIn.isEmpty && !refused.isEmpty)
            for answer in refused {
                #expect(answer.headers.first(name: .retryAfter) != nil)
                #expect(answer.body.contains("Many people are using the portal right now"))
            }
            // Only the admitted were hashed; the refused left no attempt and no failure behind.
            #expect(passwords.operationsPerformed - hashedBefore == signedIn.count)
            #expect(try await SignInFailure.query(on: world.app.db).count() == 0)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "sign_in").count() == signedIn.count)
            // Once the surge has passed, a refused person signs in.
            for (browser, member) in people {
                guard try await browser.get(Routes.home()).status != .ok else { continue }
                #expect(try await browser.signIn(email: member.email).status == .seeOther)
            }
        }
    }

    @Test("The e-mail address is matched whatever its case and surrounding spaces")
    func emailIsNormalized() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, email: "case.test@example.org")
            let page = try await Browser(world).signIn(email: "  Case.Test@Example.ORG ")
            #expect(page.status == .seeOther)
            #expect(member.email == "case.test@example.org")
        }
    }

    @Test("A wrong password and an unknown e-mail get the same answer")
    func noEnumeration() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, email: "known@example.org")
            let wrongPassword = try await Browser(world).signIn(email: member.email, password: "not the right password")
            let unknownEmail = try await Browser(world).signIn(email: "nobody@example.org", password: "not the right password")

            #expect(wrongPassword.status == .unauthorized)
            #expect(unknownEmail.status == .unauthorized)
            let normalize = { (page: Browser.Page) in
                page.body.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression)
            }
            #expect(normalize(wrongPassword) == normalize(unknownEmail))
            #expect(wrongPassword.body.contains("do not match an account"))
        }
    }

    @Test("An unknown e-mail is refused with the same work as a wrong password")
    func noTimingEnumeration() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            // Both refusals check one bcrypt hash of the same cost: the decoy for unknown e-mails.
            #expect(world.app.portal.decoyPasswordHash.hasPrefix("$2b$10$"))
            #expect(Fixtures.passwordHash.hasPrefix("$2b$10$"))

            // And both do exactly one verification: counted, since timings are unreliable
            // while other tests share the two cores.
            let passwords = world.app.portal.passwords
            let browser = Browser(world)
            try await browser.get(Routes.signIn())
            for round in 0..<3 {
                var before = passwords.operationsPerformed
                try await browser.post(Routes.signIn(), ["email": member.email, "password": "wrong password \(round)"])
                #expect(passwords.operationsPerformed - before == 1)
                before = passwords.operationsPerformed
                try await browser.post(
                    Routes.signIn(), ["email": "ghost\(round)@example.org", "password": "wrong password \(round)"])
                #expect(passwords.operationsPerformed - before == 1)
                world.advance(600)  // stay clear of the throttle
            }
        }
    }

    @Test(
        "Empty, oversized and hostile fields get a clear 4xx, never a 500",
        arguments: [
            ["email": "", "password": ""],
            ["email": "a@example.org"],
            ["password": "only a password here"],
            ["email": String(repeating: "a", count: 300) + "@example.org", "password": "x"],
            ["email": "' OR '1'='1' --", "password": "' OR '1'='1' --"],
            ["email": "robert'); DROP TABLE members;--@example.org", "password": "x\"><script>alert(1)</script>"],
        ])
    func badInput(fields: [String: String]) async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.get(Routes.signIn())
            let page = try await browser.post(Routes.signIn(), fields)

            #expect((400..<500).contains(page.status.code))
            #expect(!page.body.contains("<script>alert"))
            #expect(try await Member.query(on: world.app.db).count() == 1)
            #expect(try await Member.find(member.id, on: world.app.db)?.passwordHash == Fixtures.passwordHash)
        }
    }

    @Test("A body beyond the size limit is refused with 413")
    func hugeBody() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            try await browser.get(Routes.signIn())
            let page = try await browser.post(
                Routes.signIn(), ["email": "a@example.org", "password": String(repeating: "x", count: 200_000)])
            #expect(page.status == .payloadTooLarge)
            #expect(page.body.contains("too large"))
        }
    }

    @Test("Signing in sets a new session cookie that is HttpOnly and SameSite=Lax")
    func sessionCookie() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            browser.setCookie("portal_session", "attacker-chosen-session-id")
            let page = try await browser.signIn(email: member.email)

            let cookie = try #require(page.headers[.setCookie].first { $0.hasPrefix("portal_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let token = try #require(browser.cookies["portal_session"])
            #expect(token != "attacker-chosen-session-id")
            #expect(token.count >= 43)  // 256 random bits
            // Only the token's hash is stored.
            #expect(try await UserSession.query(on: world.app.db).filter(\.$id == token).count() == 0)
        }
    }

    @Test("Over https the session cookie is Secure and uses the __Host- prefix")
    func secureCookie() async throws {
        try await withTestApp(environment: ["PUBLIC_URL": "https://portal.example.org"]) { world in
            let member = try await Fixtures.member(world)
            let page = try await Browser(world).signIn(email: member.email)
            let cookie = try #require(page.headers[.setCookie].first { $0.hasPrefix("__Host-portal_session=") })
            #expect(cookie.contains("Secure"))
            #expect(page.headers.first(name: "Strict-Transport-Security")?.contains("max-age=63072000") == true)
        }
    }

    @Test("After signing out, the old session cookie opens nothing")
    func signOut() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            let stolen = try #require(browser.cookies["portal_session"])
            try await browser.get(Routes.home())

            let out = try await browser.post(Routes.signOut(), [:])
            let replay = Browser(world)
            replay.setCookie("portal_session", stolen)
            let afterwards = try await replay.get(Routes.home())

            #expect(out.status == .seeOther)
            #expect(afterwards.status == .seeOther)
            #expect(afterwards.location == Routes.signIn())
            #expect(try await UserSession.query(on: world.app.db).count() == 0)
        }
    }

    @Test("A forged session cookie is treated as no session")
    func forgedCookie() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            browser.setCookie("portal_session", String(repeating: "A", count: 43))
            let page = try await browser.get(Routes.home())
            #expect(page.status == .seeOther)
            #expect(page.location == Routes.signIn())
        }
    }

    @Test("A deactivated member cannot sign in, and their open sessions stop working")
    func deactivatedMember() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            member.status = .deactivated
            try await member.update(on: world.app.db)

            let open = try await browser.get(Routes.home())
            let again = try await Browser(world).signIn(email: member.email)

            #expect(open.location == Routes.signIn())
            #expect(again.status == .forbidden && again.body.contains("This account has been closed"))
        }
    }
}
