import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("Access to patients")
struct PatientAccessTests {
    @Test("Another family's patient answers 404, like a missing one, and the attempt is audited")
    func otherFamilyIsRefused() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let other = try await Fixtures.member(world)
            let theirChild = try await Fixtures.patient(world, name: "Other Child", bornYearsAgo: 6)
            try await Fixtures.grant(world, other, theirChild)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            let refused = try await browser.get(Routes.patient(theirChild.ref))
            let missing = try await browser.get(Routes.patient(Ref(UUID())))

            #expect(refused.status == .notFound)
            #expect(missing.status == .notFound)
            #expect(!refused.body.contains("Other Child"))
            let denied = try await AuditEvent.query(on: world.app.db).filter(\.$outcome == "denied").all()
            #expect(
                denied.contains {
                    $0.patientID == theirChild.id!.uuidString.lowercased() && $0.actorID == parent.id!.uuidString.lowercased()
                })
        }
    }

    @Test("A parent's own child's page opens, shows the patient in the header, and is audited")
    func ownChild() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, name: "Nora Diaz", bornYearsAgo: 7)
            try await Fixtures.grant(world, parent, child)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            let page = try await browser.get(Routes.patient(child.ref))

            #expect(page.status == .ok)
            #expect(page.body.contains("Viewing the record of"))
            #expect(page.body.contains("Nora Diaz"))
            #expect(page.headers.first(name: .cacheControl) == "no-store")
            let views = try await AuditEvent.query(on: world.app.db).filter(\.$action == "patient.view").filter(
                \.$outcome == "success"
            ).all()
            #expect(views.contains { $0.patientID == child.id!.uuidString.lowercased() })
        }
    }

    @Test("A parent signed in at 23:59 gets the limited view on the first request after the 12th birthday")
    func twelfthBirthday() async throws {
        // testStart is 12:00 in Chicago; the child turns 12 at the next local midnight.
        let zone = TimeZone(identifier: "America/Chicago")!
        let eveningBefore = testStart.addingTimeInterval(11 * 3600 + 59 * 60)  // 23:59
        try await withTestApp(startingAt: eveningBefore) { world in
            let tomorrow = LocalDate(world.now, in: zone).adding(days: 1)
            let parent = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, name: "Birthday Kid", born: tomorrow.adding(years: -12))
            try await Fixtures.grant(world, parent, child)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            let before = try await browser.get(Routes.home())
            world.advance(60)
            let after = try await browser.get(Routes.home())

            #expect(before.body.contains("11 years old") && before.body.contains(#"<p class="access">Parent</p>"#))
            #expect(after.body.contains("12 years old") && after.body.contains("Parent, limited view since age 12"))
        }
    }

    @Test("A parent's ordinary access ends at 18; a special circumstance keeps it until its end date")
    func adulthood() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let adult = try await Fixtures.patient(world, name: "Grown Up", bornYearsAgo: 18, daysAgo: 0)
            let conserved = try await Fixtures.patient(world, name: "Under Conservatorship", bornYearsAgo: 20)
            try await Fixtures.grant(world, parent, adult)
            try await Fixtures.grant(
                world, parent, conserved, .legalGuardian, kind: .adultGuardianship, endsAt: world.now.addingTimeInterval(3600))
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            let home = try await browser.get(Routes.home())
            // Named only to say the access ended: no link, no record.
            #expect(
                home.body.contains("<h3>Grown Up</h3>")
                    && home.body.contains("Your access to this record ended on the 18th birthday"))
            #expect(!home.body.contains(Routes.patient(adult.ref)))
            #expect(
                home.body.contains("Under Conservatorship")
                    && home.body.contains("Guardian or conservator until November 24, 2026"))
            #expect(try await browser.get(Routes.patient(adult.ref)).status == .notFound)

            world.advance(3600)
            let later = Browser(world)
            try await later.signIn(email: parent.email)
            #expect(try await later.get(Routes.patient(conserved.ref)).status == .notFound)
            #expect(!(try await later.get(Routes.home())).body.contains("Under Conservatorship"))
        }
    }

    @Test("A malformed patient id is a 404, not an error")
    func malformedID() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            for path in ["/patients/not-a-uuid", "/patients/%27%20OR%201%3D1", "/patients/" + String(repeating: "9", count: 500)]
            {
                #expect(try await browser.get(path).status == .notFound)
            }
        }
    }

    @Test("Signed-out visitors are sent to sign in, and learn nothing about the patient")
    func signedOut() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Hidden Name", bornYearsAgo: 3)
            let page = try await Browser(world).get(Routes.patient(child.ref))
            #expect(page.status == .seeOther)
            // Back to the same address once signed in: nothing the visitor did not already have.
            #expect(page.location == Routes.signIn().query(["return_to": Routes.patient(child.ref)]))
            #expect(try await Browser(world).get(page.location!).body.contains("Hidden Name") == false)
        }
    }
}
