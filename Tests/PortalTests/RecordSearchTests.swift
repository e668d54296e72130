import Fluent
import Foundation
import Testing

@testable import Portal

@Suite("The care team's way into a record")
struct RecordSearchTests {
    @Test("A clinician finds a patient from the staff home and opens the record; each match is audited")
    func clinicianFindsRecord() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, name: "Ada Quinn", bornYearsAgo: 9, mrn: "MRN424242")
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, try await Fixtures.staff(world, role: .clinician))
            #expect(try await browser.get(Routes.staffHome()).body.contains(Routes.staffRecords()))
            let found = try await browser.get(Routes.staffRecords() + "?q=quinn")
            #expect(found.status == .ok && found.body.contains("href=\"\(Routes.patient(patient.ref))\""))
            #expect(try await browser.get(Routes.staffRecords() + "?q=MRN424242").body.contains("Ada Quinn"))
            #expect(try await browser.get(Routes.staffRecords() + "?q=q").status == .badRequest)
            #expect(try await browser.get(Routes.patient(patient.ref)).status == .ok)
            let searches = try await AuditEvent.query(on: world.app.db).filter(\.$action == "patient.search")
                .filter(\.$patientID == patient.id!.uuidString.lowercased()).count()
            #expect(searches == 2)
        }
    }

    @Test("Schedulers, administrators and families cannot search records")
    func othersRefused() async throws {
        try await withTestApp { world in
            for role in [StaffUser.Role.scheduler, .administrator] {
                let browser = Browser(world)
                try await SecondFactorTests.signInStaff(browser, world, try await Fixtures.staff(world, role: role))
                #expect(try await browser.get(Routes.staffRecords() + "?q=quinn").status == .forbidden)
                #expect(!(try await browser.get(Routes.staffHome()).body.contains(Routes.staffRecords())))
            }
            let member = Browser(world)
            try await member.signIn(email: try await Fixtures.member(world).email)
            #expect(try await member.get(Routes.staffRecords()).status != .ok)
        }
    }
}
