import Fluent
import Foundation
import Testing
import VaporTesting

@testable import Portal

@Suite("CSRF protection")
struct CSRFTests {
    @Test("A signed-in form without its token is refused with 403 and changes nothing")
    func missingToken() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, language: .english)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.home())

            let page = try await browser.post(Routes.chooseLanguage(), ["language": "es", "return_to": "/"], includeCSRF: false)

            #expect(page.status == .forbidden)
            #expect(page.body.contains("Nothing was changed"))
            #expect(try await Member.find(member.id, on: world.app.db)?.language == .english)
        }
    }

    @Test("A form the browser says came from another site is refused, even with the right token")
    func crossSiteRefused() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, language: .english)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.home())
            let form = Data("language=es&return_to=%2F&_csrf=\(browser.csrfToken!)".utf8)
            let formType = "application/x-www-form-urlencoded"

            let crossSite = try await browser.postData(
                Routes.chooseLanguage(), form, headers: ["Content-Type": formType, "Sec-Fetch-Site": "cross-site"])
            #expect(crossSite.status == .forbidden)
            #expect(try await Member.find(member.id, on: world.app.db)?.language == .english)

            let sameOrigin = try await browser.postData(
                Routes.chooseLanguage(), form, headers: ["Content-Type": formType, "Sec-Fetch-Site": "same-origin"])
            #expect(sameOrigin.status == .seeOther)
            #expect(try await Member.find(member.id, on: world.app.db)?.language == .spanish)
        }
    }

    @Test("A token from another session is refused")
    func foreignToken() async throws {
        try await withTestApp { world in
            let victim = try await Fixtures.member(world), attacker = try await Fixtures.member(world)
            let victimBrowser = Browser(world), attackerBrowser = Browser(world)
            try await victimBrowser.signIn(email: victim.email)
            try await attackerBrowser.signIn(email: attacker.email)
            try await attackerBrowser.get(Routes.home())
            try await victimBrowser.get(Routes.home())

            let forged = try await victimBrowser.post(Routes.signOutEverywhere(), ["_csrf": attackerBrowser.csrfToken!])

            #expect(forged.status == .forbidden)
            #expect(try await victimBrowser.get(Routes.home()).status == .ok)
        }
    }

    @Test("The token in use before sign-in stops working after it (stale token)")
    func staleToken() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.get(Routes.signIn())
            let anonymousToken = try #require(browser.csrfToken)
            try await browser.post(Routes.signIn(), ["email": member.email, "password": Fixtures.password])

            let page = try await browser.post(Routes.signOut(), ["_csrf": anonymousToken])

            #expect(page.status == .forbidden)
            #expect(try await browser.get(Routes.home()).status == .ok)
        }
    }

    @Test("The sign-in form itself needs the token (no login CSRF)")
    func signInNeedsToken() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let browser = Browser(world)
            let page = try await browser.post(Routes.signIn(), ["email": member.email, "password": Fixtures.password])
            #expect(page.status == .forbidden)
            #expect(browser.cookies["portal_session"] == nil)
        }
    }

    @Test("A pre-sign-in token cookie the portal did not sign is ignored: a planted token signs no one in")
    func plantedCookie() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let planted = String(repeating: "p", count: 43)
            // What a sibling site (or anyone on plain http) could set: a token of their choosing.
            let victim = Browser(world)
            victim.setCookie("portal_csrf", planted)
            let page = try await victim.get(Routes.signIn())
            #expect(victim.csrfToken != planted, "the page carries a token of the portal's own")
            #expect(victim.cookies["portal_csrf"]?.hasPrefix(planted) == false)
            // A form built with the planted token is refused.
            let forged = Browser(world)
            forged.setCookie("portal_csrf", planted)
            let refused = try await forged.post(
                Routes.signIn(), ["email": member.email, "password": Fixtures.password, "_csrf": planted], includeCSRF: false)
            #expect(refused.status == .forbidden && page.status == .ok)
            // The cookie the portal set does verify.
            let signed = try #require(victim.cookies["portal_csrf"])
            #expect(CSRF.token(fromCookie: signed, config: world.config) == victim.csrfToken)
        }
    }
}
