import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("What the family sees about access itself")
struct AccessOverviewTests {
    @Test("A 14-year-old sees who can see their record and at which level; a parent may not open that page")
    func teenSeesWhoHasAccess() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Teo Rivera", bornYearsAgo: 14)
            let own = try await Fixtures.member(world, name: "Teo Rivera")
            let mother = try await Fixtures.member(world, name: "Ana Rivera")
            let formerGuardian = try await Fixtures.member(world, name: "Old Guardian")
            try await Fixtures.grant(world, own, teen, .self)
            try await Fixtures.grant(world, mother, teen)
            try await Fixtures.grant(world, formerGuardian, teen, .legalGuardian, endsAt: world.now.addingTimeInterval(-60))
            let browser = Browser(world)
            try await browser.signIn(email: own.email)

            let summary = try await browser.get(Routes.patient(teen.ref))
            let page = try await browser.get(Routes.patientAccess(teen.ref))

            #expect(summary.body.contains(Routes.patientAccess(teen.ref)))
            #expect(page.status == .ok)
            #expect(page.body.contains("Teo Rivera (you)"))
            #expect(page.body.contains("Ana Rivera") && page.body.contains("Parent, limited view since age 12"))
            #expect(page.body.contains("Not your confidential information"))
            #expect(!page.body.contains("Old Guardian"), "a grant that has ended gives no access and is not listed")

            let parent = Browser(world)
            try await parent.signIn(email: mother.email)
            #expect(try await parent.get(Routes.patientAccess(teen.ref)).status == .forbidden)
            #expect(!(try await parent.get(Routes.patient(teen.ref))).body.contains(Routes.patientAccess(teen.ref)))
        }
    }

    @Test("Thirty days before the 18th birthday the patient and the parent are told, in their language; not on day 31")
    func adulthoodNotices() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let soon = try await Fixtures.patient(world, name: "Nearly Adult", born: today.adding(days: 30).adding(years: -18))
            let later = try await Fixtures.patient(world, name: "Not Yet", born: today.adding(days: 31).adding(years: -18))
            let parent = try await Fixtures.member(world, language: .spanish)
            let own = try await Fixtures.member(world, name: "Nearly Adult")
            try await Fixtures.grant(world, parent, soon)
            try await Fixtures.grant(world, parent, later)
            try await Fixtures.grant(world, own, soon, .self)

            let parentBrowser = Browser(world)
            try await parentBrowser.signIn(email: parent.email)
            let parentHome = try await parentBrowser.get(Routes.home())
            #expect(parentHome.body.contains("Nearly Adult cumple 18 años el 24 de diciembre de 2026"))
            #expect(!parentHome.body.contains("Not Yet cumple"))

            let patientBrowser = Browser(world)
            try await patientBrowser.signIn(email: own.email)
            let patientHome = try await patientBrowser.get(Routes.home())
            let overview = try await patientBrowser.get(Routes.patientAccess(soon.ref))
            #expect(patientHome.body.contains("You turn 18 on December 24, 2026."))
            #expect(overview.body.contains("On your 18th birthday, December 24, 2026, your parents&#39; access"))

            // On the birthday the parent's view of that patient is gone with no job having run.
            world.advance(86_400 * 30)
            let nextVisit = Browser(world)
            try await nextVisit.signIn(email: parent.email)
            let after = try await nextVisit.get(Routes.home())
            #expect(!after.body.contains(Routes.patient(soon.ref)) && after.body.contains(Routes.patient(later.ref)))
            #expect(after.body.contains("Su acceso a este expediente terminó al cumplir 18 años, el 24 de diciembre de 2026"))
            #expect(try await nextVisit.get(Routes.patient(soon.ref)).status == .notFound)
        }
    }

    @Test("The patient switcher lists every record the member may see, on every page, and marks the one in view")
    func switcher() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let small = try await Fixtures.patient(world, name: "Small One", bornYearsAgo: 4)
            let teen = try await Fixtures.patient(world, name: "Teen One", bornYearsAgo: 15)
            let grown = try await Fixtures.patient(world, name: "Grown One", bornYearsAgo: 19)
            for patient in [small, teen, grown] { try await Fixtures.grant(world, parent, patient) }
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            for path in [Routes.home(), Routes.account(), Routes.patient(small.ref), Routes.patientDocuments(teen.ref)] {
                let page = try await browser.get(path)
                #expect(page.body.contains(#"<details class="record-switcher">"#), "\(path)")
                #expect(page.body.contains("Small One") && page.body.contains("Teen One"), "\(path)")
                let switcher = page.body.firstMatch(of: /<details class="record-switcher">[\s\S]*?<\/details>/).map {
                    String($0.output)
                }
                #expect(switcher?.contains("Grown One") == false, "\(path)")
            }
            let inView = try await browser.get(Routes.patient(teen.ref))
            #expect(inView.body.contains(#"<a href="\#(Routes.patient(teen.ref))" aria-current="page">Teen One</a>"#))
        }
    }
}
