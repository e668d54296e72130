import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import Portal

@Suite("Headers, errors, health and language")
struct ProtectionTests {
    @Test("Every page carries the security headers and no-store")
    func headers() async throws {
        try await withTestApp { world in
            let page = try await Browser(world).get(Routes.signIn())
            let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(page.headers.first(name: "Referrer-Policy") == "no-referrer")
            #expect(page.headers.first(name: "Permissions-Policy") != nil)
            #expect(page.headers.first(name: .cacheControl) == "no-store")
            #expect(page.headers.first(name: "Strict-Transport-Security") == nil)  // plain http in tests
        }
    }

    @Test("Pages have one main landmark, a skip link and labelled fields, with no inline script or style")
    func accessibleMarkup() async throws {
        try await withTestApp { world in
            let page = try await Browser(world).get(Routes.signIn())
            #expect(page.body.contains(##"<a class="skip-link" href="#main">"##))
            #expect(page.body.components(separatedBy: "<main").count == 2)
            #expect(page.body.contains(#"<label for="email">"#) && page.body.contains(#"<label for="password">"#))
            #expect(!page.body.contains("<script>") && !page.body.contains("style="))
            #expect(page.body.contains(#"<html lang="en">"#))
        }
    }

    @Test("An unknown page gets a 404 in the visitor's language, with no internals")
    func notFoundInSpanish() async throws {
        try await withTestApp { world in
            let page = try await Browser(world).get("/no/such/page", headers: ["Accept-Language": "es-MX,es;q=0.9"])
            #expect(page.status == .notFound)
            #expect(page.body.contains("No encontramos esa página"))
            #expect(page.body.contains(#"<html lang="es">"#))
            #expect(!page.body.contains("Abort") && !page.body.contains("Error:"))
        }
    }

    @Test("The language switch is remembered on the account across sign-ins")
    func languageRemembered() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world, language: .english)
            let browser = Browser(world)
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.home())
            let switched = try await browser.post(Routes.chooseLanguage(), ["language": "es", "return_to": Routes.home()])
            #expect(switched.location == Routes.home())
            try await browser.post(Routes.signOut(), [:])

            let fresh = Browser(world)
            try await fresh.signIn(email: member.email)
            let home = try await fresh.get(Routes.home())
            #expect(home.body.contains("La salud de su familia"))
            #expect(home.body.contains(#"<html lang="es">"#))
        }
    }

    @Test("The language switch refuses unknown languages and only returns to local paths")
    func languageBadInput() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            try await browser.get(Routes.signIn())
            #expect(try await browser.post(Routes.chooseLanguage(), ["language": "xx"]).status == .badRequest)
            let offsite = try await browser.post(
                Routes.chooseLanguage(), ["language": "es", "return_to": "//evil.example/phish"])
            #expect(offsite.location == Routes.home())
            let spanish = try await browser.get(Routes.signIn())
            #expect(spanish.body.contains("Inicie sesión en su portal"))
        }
    }

    @Test("Health endpoints answer, and readiness checks the database")
    func health() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            let live = try await browser.get(Routes.healthLive())
            let ready = try await browser.get(Routes.healthReady())
            #expect(live.status == .ok && live.body.contains("live"))
            #expect(ready.status == .ok && ready.body.contains("ready"))
            #expect(live.headers[.setCookie].isEmpty)
        }
    }

    @Test("Readiness fails while the schema is behind this version, and from the moment the node is asked to stop")
    func readinessFails() async throws {
        try await withTestApp { world in
            let browser = Browser(world)
            let sql = try #require(world.app.db as? any SQLDatabase)
            try await sql.delete(from: "_fluent_migrations").where("name", .equal, SQLBind("0036_CreateJobRuns")).run()
            let behind = try await browser.get(Routes.healthReady())
            #expect(behind.status == .serviceUnavailable && behind.body.contains("schema not current"))
            try await sql.insert(into: "_fluent_migrations").columns("id", "name", "batch")
                .values(SQLBind(UUID()), SQLBind("0036_CreateJobRuns"), SQLBind(1)).run()
            #expect(try await browser.get(Routes.healthReady()).status == .ok)
            world.app.portal.serverState.beginDraining()
            let stopping = try await browser.get(Routes.healthReady())
            #expect(stopping.status == .serviceUnavailable && stopping.body.contains("stopping"))
            #expect(try await browser.get(Routes.healthLive()).status == .ok)
        }
    }
}
