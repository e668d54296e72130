import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Testing

@testable import Portal

@Suite("Setting up departments")
struct DepartmentSetupTests {
    static let fields = [
        "ehr_key": "\(FHIRBuilder.departmentSystem)|CARD", "name_en": "Cardiology", "name_es": "Cardiología",
        "address": "1 Heart Way, Chicago, IL", "phone": "(312) 555-0190", "category": "", "takes_requests": "1",
        "reasons_en": "Follow-up visit\nEcho results", "reasons_es": "Consulta de seguimiento\nResultados del eco",
        "video_template": "https://video.hospital.test/room/{room}", "response_days": "3",
    ]

    @Test("An administrator adds a department, fixes bad input, edits it and chooses its schedulers; others cannot")
    func administratorSetsUpDepartments() async throws {
        try await withTestApp { world in
            let admin = try await Fixtures.staff(world, role: .administrator)
            let scheduler = try await Fixtures.staff(world, role: .scheduler, email: "sched@example.org")
            let clinician = try await Fixtures.staff(world, role: .clinician, email: "dr@example.org")
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, admin)
            #expect(try await browser.get(Routes.staffHome()).body.contains(Routes.staffDepartments()))
            try await browser.get(Routes.staffDepartments())
            for (change, message) in [
                (["ehr_key": "CARD"], "system|value"), (["name_es": ""], "both names"),
                (["reasons_es": "Consulta de seguimiento"], "the same number of lines"),
                (["video_template": "http://video.hospital.test/{room}"], "must start with https://"),
                (["video_template": "https://{room}.hospital.test/"], "outside the host name"),
                (["response_days": "11"], "from 1 to 10"), (["category": "astrology"], "Choose a reason from the list"),
            ] {
                let refused = try await browser.post(Routes.staffDepartments(), Self.fields.merging(change) { $1 })
                #expect(refused.status == .unprocessableEntity && refused.body.contains(message), "\(change)")
                // What was typed comes back with the problem.
                #expect(refused.body.contains("1 Heart Way"), "\(change)")
            }
            #expect(try await Department.query(on: world.app.db).count() == 0)
            let created = try await browser.post(Routes.staffDepartments(), Self.fields)
            #expect(created.status == .seeOther)
            let department = try #require(try await Department.query(on: world.app.db).first())
            #expect(department.reasons(in: .spanish).map(\.shown) == ["Consulta de seguimiento", "Resultados del eco"])
            #expect(department.takesRequests && department.videoURLTemplate == "https://video.hospital.test/room/{room}")
            let duplicate = try await browser.post(Routes.staffDepartments(), Self.fields)
            #expect(duplicate.status == .unprocessableEntity && duplicate.body.contains("already has this identifier"))

            var edited = Self.fields
            edited["takes_requests"] = nil
            edited["category"] = "mental_health"
            edited["video_template"] = ""
            let saved = try await browser.post(Routes.staffDepartment(department.ref), edited)
            #expect(saved.status == .seeOther)
            let stored = try #require(try await Department.find(department.id!, on: world.app.db))
            #expect(!stored.takesRequests && stored.confidentialCategory == .mentalHealth && stored.videoURLTemplate == nil)

            let page = try await browser.get(Routes.staffDepartment(department.ref))
            #expect(page.body.contains("sched@example.org") && !page.body.contains("dr@example.org"))
            let wrongRole = try await browser.post(
                Routes.staffDepartmentSchedulers(department.ref), ["staff": clinician.id!.uuidString])
            #expect(wrongRole.status == .badRequest)
            for _ in 0..<2 {
                _ = try await browser.post(Routes.staffDepartmentSchedulers(department.ref), ["staff": scheduler.id!.uuidString])
            }
            #expect(try await DepartmentScheduler.query(on: world.app.db).count() == 1)
            _ = try await browser.post(Routes.staffDepartmentSchedulerRemove(department.ref, scheduler.ref), [:])
            #expect(try await DepartmentScheduler.query(on: world.app.db).count() == 0)

            let schedulerBrowser = Browser(world)
            try await SecondFactorTests.signInStaff(schedulerBrowser, world, scheduler)
            #expect(try await schedulerBrowser.get(Routes.staffDepartments()).status == .forbidden)
            #expect(try await schedulerBrowser.post(Routes.staffDepartments(), Self.fields).status == .forbidden)
        }
    }
}
