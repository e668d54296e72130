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
            let stranger = try await Fixtures.patient(world, name: "Zed Quinn", bornYearsAgo: 11, mrn: "MRN515151")
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, patient)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, doctor)
            #expect(try await browser.get(Routes.staffHome()).body.contains(Routes.staffRecords()))
            // A patient outside the clinician's care teams: not listed by name; by exact record
            // number only, without name or birth date, to open by breaking the glass.
            #expect(!(try await browser.get(Routes.staffRecords() + "?q=quinn").body.contains("Zed")))
            let exact = try await browser.get(Routes.staffRecords() + "?q=MRN515151")
            #expect(
                exact.body.contains(Routes.patient(stranger.ref)) && exact.body.contains("This patient is not in your care teams")
            )
            #expect(!exact.body.contains("Zed"))
            let found = try await browser.get(Routes.staffRecords() + "?q=quinn")
            #expect(found.status == .ok && found.body.contains("href=\"\(Routes.patient(patient.ref))\""))
            #expect(try await browser.get(Routes.staffRecords() + "?q=MRN424242").body.contains("Ada Quinn"))
            #expect(try await browser.get(Routes.staffRecords() + "?q=q").status == .badRequest)
            let searches = try await AuditEvent.query(on: world.app.db).filter(\.$action == "patient.search")
                .filter(\.$patientID == patient.id!.uuidString.lowercased()).count()
            // Ada was shown by "quinn" twice and by her record number once; Zed only by his number.
            #expect(searches == 3)
            let strangerSearches = try await AuditEvent.query(on: world.app.db).filter(\.$action == "patient.search")
                .filter(\.$patientID == stranger.id!.uuidString.lowercased()).count()
            #expect(strangerSearches == 1)
        }
    }

    @Test(
        "A record outside the clinician's care teams opens only by breaking the glass: a reason, two hours, audited, reviewed by HIM"
    )
    func breakTheGlass() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, name: "Ada Quinn", bornYearsAgo: 9)
            let theirs = try await Fixtures.patient(world, name: "Ben Quinn", bornYearsAgo: 7)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, theirs)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, doctor)
            #expect(try await browser.get(Routes.patient(theirs.ref)).status == .ok)
            let asked = try await browser.get(Routes.patientResults(patient.ref))
            #expect(asked.status == .forbidden && asked.body.contains("This patient is not in your care teams"))
            #expect(!asked.body.contains("Ada Quinn"))
            // A client asking for JSON is refused plainly, not with a server error.
            let json = try await browser.get(Routes.patientResults(patient.ref), headers: ["Accept": "application/json"])
            #expect(json.status == .forbidden && json.body.contains("forbidden"))
            let path = Routes.patientBreakTheGlass(patient.ref)
            for (fields, message) in [
                (["reason": "", "explanation": "Seeing her in the ED now"], "Choose a reason"),
                (["reason": "curiosity", "explanation": "Seeing her in the ED now"], "Choose a reason"),
                (["reason": "emergency", "explanation": "ED"], "10 to 500 characters"),
            ] {
                let refused = try await browser.post(path, fields)
                #expect(refused.status == .unprocessableEntity && refused.body.contains(message), "\(fields)")
            }
            #expect(try await BrokenGlass.query(on: world.app.db).count() == 0)
            let opened = try await browser.post(
                path,
                ["reason": "emergency", "explanation": "Seeing her in the ED now", "return": Routes.patientResults(patient.ref)])
            #expect(opened.status == .seeOther && opened.location == Routes.patientResults(patient.ref))
            #expect(try await browser.get(Routes.patientResults(patient.ref)).status == .ok)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "record.broke_the_glass").count() == 1)
            // It lasts two hours; once expired, the record closes again.
            let opening = try #require(try await BrokenGlass.query(on: world.app.db).first())
            #expect(opening.expiresAt == opening.openedAt.addingTimeInterval(2 * 3600))
            opening.expiresAt = world.now
            try await opening.save(on: world.app.db)
            #expect(try await browser.get(Routes.patient(patient.ref)).status == .forbidden)

            // HIM sees the opening with its reason and marks it reviewed, once.
            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, try await Fixtures.staff(world, role: .him))
            #expect(try await him.get(Routes.staffHome()).body.contains(Routes.staffBrokenGlass()))
            let list = try await him.get(Routes.staffBrokenGlass())
            #expect(
                list.body.contains("Ada Quinn") && list.body.contains("Emergency care")
                    && list.body.contains("Seeing her in the ED now"))
            let glass = try #require(try await BrokenGlass.query(on: world.app.db).first())
            #expect(try await him.post(Routes.staffBrokenGlassReviewed(glass.ref), [:]).status == .seeOther)
            #expect(try await him.post(Routes.staffBrokenGlassReviewed(glass.ref), [:]).status == .seeOther)
            #expect(try await BrokenGlass.find(glass.id, on: world.app.db)?.reviewedAt != nil)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "record.broken_glass_reviewed").count() == 1)
            #expect(try await him.get(Routes.staffBrokenGlass()).body.contains("Nothing waits for review"))
            // Clinicians cannot see the review list; schedulers and administrators cannot break the glass.
            #expect(try await browser.get(Routes.staffBrokenGlass()).status == .forbidden)
            for role in [StaffUser.Role.scheduler, .administrator] {
                let other = Browser(world)
                try await SecondFactorTests.signInStaff(other, world, try await Fixtures.staff(world, role: role))
                #expect(try await other.get(Routes.patient(patient.ref)).status == .forbidden, "\(role)")
                _ = try await other.get(Routes.staffHome())
                #expect(
                    try await other.post(path, ["reason": "emergency", "explanation": "Seeing her in the ED now"]).status
                        == .forbidden, "\(role)")
            }
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
