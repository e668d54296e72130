import Fluent
import Foundation
import NIOPosix
import PortalCore
import SQLKit
import Testing
import VaporTesting

@testable import Portal

@Suite("Invitations and activation")
struct InvitationTests {
    func signedInHIM(_ world: TestWorld) async throws -> Browser {
        let him = try await Fixtures.staff(world, role: .him)
        let browser = Browser(world)
        try await SecondFactorTests.signInStaff(browser, world, him)
        return browser
    }

    /// The activation path from the newest queued e-mail to that address.
    func link(to email: String, _ world: TestWorld) async throws -> String {
        let message = try #require(
            try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == email).sort(\.$createdAt, .descending).first())
        let match = try #require(message.body(world).firstMatch(of: /\/activate\/[A-Za-z0-9_-]{43}/))
        return String(match.output)
    }

    @Test("A 17-year-old invited by HIM answers, chooses a password, and signs in to their own record")
    func ownAccountForSeventeen() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Sol Teen", bornYearsAgo: 17)
            let him = try await signedInHIM(world)
            let before = try await him.get(Routes.staffPatient(teen.ref))
            #expect(
                before.body.contains(#"<select id="invite_relationship" name="relationship""#),
                "the form posts what the route reads")
            let sent = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "Sol@Example.org ", "relationship": "self"])
            #expect(sent.status == .seeOther)
            let page = try await him.get(try #require(sent.location))
            #expect(
                page.body.contains("Invitation sent.") && page.body.contains("sol@example.org")
                    && page.body.contains("waiting to be used"))
            let path = try await link(to: "sol@example.org", world)
            let mail = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(
                !mail.body(world).contains("Sol Teen") && mail.body(world).contains("90 days")
                    && mail.body(world).contains("90 días"))

            let visitor = Browser(world)
            let form = try await visitor.get(path)
            #expect(form.status == .ok && form.body.contains("Patient&#39;s ZIP code"))
            let wrong = try await visitor.post(path + "/verify", ["zip": "60615", "birth_date": teen.birthDate])
            #expect(wrong.status == .badRequest && wrong.body.contains("4 tries left"))
            #expect(
                try await visitor.post(path + "/account", ["full_name": "Sol", "password": "x"]).status == .seeOther,
                "not yet verified")
            #expect(try await Member.query(on: world.app.db).count() == 0)

            let right = try await visitor.post(path + "/verify", ["zip": "60614-0001", "birth_date": teen.birthDate])
            #expect(right.location == path)
            let account = try await visitor.get(path)
            #expect(account.body.contains("sol@example.org") && account.body.contains("new-password"))
            let weak = try await visitor.post(path + "/account", ["full_name": "Sol Teen", "password": "short"])
            #expect(weak.status == .badRequest)
            let done = try await visitor.post(
                path + "/account", ["full_name": "Sol Teen", "password": "marigold lanterns over the river"])
            #expect(done.location == Routes.secondFactorSetup() + "?welcome=1")
            let offer = try await visitor.get(done.location!)
            #expect(offer.body.contains("Your account is ready and you are signed in") && offer.body.contains("Not now"))
            #expect((try await visitor.get(Routes.home())).body.contains("Sol Teen"), "signed in already")

            let member = Browser(world)
            try await member.signIn(email: "sol@example.org", password: "marigold lanterns over the river")
            let home = try await member.get(Routes.home())
            #expect(home.body.contains("Sol Teen") && home.body.contains("Your own record"))
            #expect(try await visitor.get(path).status == .gone, "single use")
            let grant = try #require(try await AccessGrant.query(on: world.app.db).filter(\.$patient.$id == teen.id!).first())
            #expect(grant.relationship == "self" && grant.$recordedBy.id != nil)
        }
    }

    @Test("The sign-in address is the invited one: another typed at activation is ignored, and a parent's is refused to the end")
    func invitedAddressOnly() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Sol Teen", bornYearsAgo: 15)
            let parent = try await Fixtures.member(world, email: "mom@example.org")
            _ = try await Fixtures.grant(world, parent, teen, .parent)
            let him = try await signedInHIM(world)
            _ = try await him.get(Routes.staffPatient(teen.ref))
            _ = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "sol@example.org", "relationship": "self"])
            let path = try await link(to: "sol@example.org", world)
            let visitor = Browser(world)
            _ = try await visitor.get(path)
            let form = try await visitor.post(path + "/verify", ["zip": "60614", "birth_date": teen.birthDate])
            let accountPage = try await visitor.get(try #require(form.location))
            #expect(accountPage.body.contains("value=\"sol@example.org\"") && accountPage.body.contains("readonly"))
            let password = "marigold lanterns over the river"
            // Whoever holds the link (a parent who opened the teen's e-mail) cannot take the login to their own address.
            let done = try await visitor.post(
                path + "/account", ["full_name": "Sol Teen", "email": "mom@example.org", "password": password])
            #expect(done.status == .seeOther)
            let member = try #require(try await Member.query(on: world.app.db).filter(\.$email == "sol@example.org").first())
            #expect(try await AccessGrant.query(on: world.app.db).filter(\.$member.$id == member.id!).count() == 1)
            #expect(try await Member.query(on: world.app.db).count() == 2)
        }
    }

    @Test("A teen's own login is refused at an address a parent was invited or applied with, for any child")
    func parentAddressForAnotherChild() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Sol Teen", bornYearsAgo: 15)
            let sibling = try await Fixtures.patient(world, name: "Luz Teen", bornYearsAgo: 6)
            let him = try await signedInHIM(world)
            _ = try await him.get(Routes.staffPatient(sibling.ref))
            _ = try await him.post(
                Routes.staffPatientInvitations(sibling.ref), ["email": "mom@example.org", "relationship": "parent"])
            _ = try await him.get(Routes.staffPatient(teen.ref))
            // However the address is typed.
            for typed in ["mom@example.org", " Mom@EXAMPLE.org "] {
                let refused = try await him.post(
                    Routes.staffPatientInvitations(teen.ref), ["email": typed, "relationship": "self"])
                #expect(refused.body.contains("may not share an e-mail address"), "\(typed)")
            }
            #expect(try await Invitation.query(on: world.app.db).filter(\.$patient.$id == teen.id!).count() == 0)
        }
    }

    @Test("An invitation whose address became a parent's after it was sent cannot be activated")
    func addressTakenSinceSent() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Sol Teen", bornYearsAgo: 15)
            let him = try await signedInHIM(world)
            _ = try await him.get(Routes.staffPatient(teen.ref))
            _ = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "family@example.org", "relationship": "self"])
            let path = try await link(to: "family@example.org", world)
            let parent = try await Fixtures.member(world, email: "family@example.org")
            _ = try await Fixtures.grant(world, parent, teen, .parent)
            let visitor = Browser(world)
            _ = try await visitor.get(path)
            _ = try await visitor.post(path + "/verify", ["zip": "60614", "birth_date": teen.birthDate])
            let refused = try await visitor.post(
                path + "/account", ["full_name": "Sol Teen", "password": "marigold lanterns over the river"])
            #expect(refused.status == .badRequest && refused.body.contains("must each have their own e-mail"))
            #expect(try await Member.query(on: world.app.db).count() == 1)
        }
    }

    @Test("Wrong answers from one client address across many links are throttled, whatever the links")
    func throttledPerAddress() async throws {
        try await withTestApp { world in
            let him = try await signedInHIM(world)
            var paths: [String] = []
            for number in 1...5 {
                let child = try await Fixtures.patient(world, name: "Child \(number)", bornYearsAgo: 6)
                _ = try await him.get(Routes.staffPatient(child.ref))
                _ = try await him.post(
                    Routes.staffPatientInvitations(child.ref), ["email": "p\(number)@example.org", "relationship": "parent"])
                paths.append(try await link(to: "p\(number)@example.org", world))
            }
            let guesser = Browser(world)
            var statuses: [HTTPStatus] = []
            for path in paths {
                _ = try await guesser.get(path)
                for _ in 0..<5 {
                    statuses.append(
                        try await guesser.post(path + "/verify", ["zip": "99999", "birth_date": "2000-01-01"]).status)
                }
            }
            #expect(!statuses.prefix(20).contains(.tooManyRequests))
            #expect(statuses.last == .tooManyRequests)
            let last = try await guesser.post(paths[4] + "/verify", ["zip": "99999", "birth_date": "2000-01-01"])
            #expect(last.body.contains("Too many") || last.body.contains("minute"))
        }
    }

    @Test("Five wrong answers lock the link; a new invitation replaces it; a link expires after 90 days")
    func lockReplaceExpire() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Kit Child", bornYearsAgo: 6)
            let him = try await signedInHIM(world)
            try await him.get(Routes.staffPatient(child.ref))
            try await him.post(Routes.staffPatientInvitations(child.ref), ["email": "dad@example.org", "relationship": "parent"])
            let first = try await link(to: "dad@example.org", world)
            let visitor = Browser(world)
            try await visitor.get(first)
            for _ in 1...4 { try await visitor.post(first + "/verify", ["zip": "00000", "birth_date": "2000-01-01"]) }
            let fifth = try await visitor.post(first + "/verify", ["zip": "00000", "birth_date": "2000-01-01"])
            #expect(fifth.status == .locked && fifth.body.contains("locked"))
            let rightTooLate = try await visitor.post(first + "/verify", ["zip": child.zipCode, "birth_date": child.birthDate])
            #expect(rightTooLate.status == .locked)

            try await him.post(Routes.staffPatientInvitations(child.ref), ["email": "dad@example.org", "relationship": "parent"])
            let second = try await link(to: "dad@example.org", world)
            #expect(second != first)
            #expect(try await visitor.get(first).status == .gone)
            #expect(try await visitor.get(second).status == .ok)

            world.advance(90 * 86_400)
            let expired = try await visitor.get(second)
            #expect(expired.status == .gone && expired.body.contains("This invitation expired on"))
            let guessed = try await visitor.get("/activate/" + String(repeating: "A", count: 43))
            #expect(guessed.status == .notFound && guessed.body.contains("(312) 555-0100"), "how to reach HIM")
            #expect(try await visitor.get("/activate/short").status == .notFound)
        }
    }

    @Test("The age rules decide who may be invited, and a bad address is explained")
    func ageRules() async throws {
        try await withTestApp { world in
            let eleven = try await Fixtures.patient(world, name: "Eleven", bornYearsAgo: 11)
            let adult = try await Fixtures.patient(world, name: "Adult", bornYearsAgo: 18, daysAgo: 0)
            let him = try await signedInHIM(world)
            try await him.get(Routes.staffPatient(eleven.ref))
            let ownTooYoung = try await him.post(
                Routes.staffPatientInvitations(eleven.ref), ["email": "kid@example.org", "relationship": "self"])
            #expect(ownTooYoung.status == .badRequest && ownTooYoung.body.contains("The age rules do not allow that"))
            let parentOfAdult = try await him.post(
                Routes.staffPatientInvitations(adult.ref), ["email": "mom@example.org", "relationship": "parent"])
            #expect(parentOfAdult.status == .badRequest)
            let badEmail = try await him.post(
                Routes.staffPatientInvitations(eleven.ref), ["email": "mom@example.org\r\nBcc: x@y.z", "relationship": "parent"])
            #expect(badEmail.status == .badRequest && badEmail.body.contains("Enter a plain e-mail address"))
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 0)
            #expect(try await Invitation.query(on: world.app.db).count() == 0)
        }
    }

    @Test(
        "The invitation e-mail reaches a real SMTP server in both languages",
        .enabled(if: SMTPTestServer.isAvailable, "needs aiosmtpd in .venv: run scripts/python-env.sh"))
    func invitationEmail() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Kit Child", bornYearsAgo: 6)
            let him = try await signedInHIM(world)
            try await him.get(Routes.staffPatient(child.ref))
            try await him.post(Routes.staffPatientInvitations(child.ref), ["email": "dad@example.org", "relationship": "parent"])
            // Waiting, the body is sealed: the table holds no link, and another key opens nothing.
            let sql = world.app.db as! any SQLDatabase
            let raw = try #require(try await sql.raw("SELECT body FROM outbox_messages").first(decoding: [String: String].self))
            let sealed = try #require(raw["body"])
            #expect(sealed.hasPrefix("o1:") && !sealed.contains("/activate/"))
            let waiting = try #require(try await OutboxMessage.query(on: world.app.db).first())
            let otherKey = SecretBox.outboxBodies(secretsKey: [UInt8](repeating: 1, count: 32))
            #expect(throws: (any Error).self) { try otherKey.open(sealed, context: waiting.sealingContext) }
            // Rows the portal did not seal for their recipient are not sent: one written into
            // the table directly, and a copy of the invitation redirected to another address.
            try await OutboxMessage(
                recipient: "planted@example.org", subject: "Earlier", sealedBody: "Written into the table", dedupeKey: nil,
                now: world.now
            ).create(on: world.app.db)
            let copy = OutboxMessage(
                recipient: "attacker@example.org", subject: waiting.subject, sealedBody: sealed, dedupeKey: nil,
                now: world.now)
            try await copy.create(on: world.app.db)
            try await Outbox.deliverDue(
                db: world.app.db,
                via: SMTPClient(
                    settings: SMTPSettings(
                        host: "127.0.0.1", port: server.port, security: .none, username: nil, password: nil,
                        from: "portal@example.org"), group: MultiThreadedEventLoopGroup.singleton), now: world.now,
                config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger)
            let received = try server.messages().map(ReceivedMail.init)
            #expect(received.count == 1)
            let refused = try await OutboxMessage.query(on: world.app.db).filter(\.$status == "failed").all()
            #expect(Set(refused.map(\.recipient)) == ["planted@example.org", "attacker@example.org"])
            #expect(refused.allSatisfy { $0.sealedBody.isEmpty })
            let mail = try #require(received.first)
            #expect(mail.subject == "Your invitation to the patient portal / Su invitación al portal del paciente")
            #expect(!mail.body.contains("Kit Child"))
            let path = try #require(mail.body.firstMatch(of: /\/activate\/[A-Za-z0-9_-]{43}/)?.output)
            #expect(try await Browser(world).get(String(path)).status == .ok)
            let stored = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "dad@example.org").first())
            #expect(stored.status == "sent" && stored.sentAt != nil)
            #expect(stored.body(world).isEmpty, "once sent, a copy of the database yields no working link")
        }
    }
}
