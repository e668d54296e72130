import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Testing
import Vapor

@testable import Portal

/// Intake questionnaires arrive through the import and are chosen per department by an
/// administrator.
@Suite struct QuestionnaireSetupTests {
    static let bundle: JSONValue = [
        "resourceType": "Bundle", "type": "collection",
        "entry": [["resource": DemoQuestionnaires.pediatricIntake], ["resource": DemoQuestionnaires.teenScreen]],
    ]

    @Test(
        "The import stores each questionnaire by url and version: new, unchanged, changed; a bad one is refused by entry and field"
    )
    func imported() async throws {
        try await withTestApp { world in
            let first = try await ClinicalImportTests.run(world, Self.bundle)
            #expect(first.byResource["Questionnaire"] == .init(created: 2, updated: 0, unchanged: 0))
            let again = try await ClinicalImportTests.run(world, Self.bundle)
            #expect(again.byResource["Questionnaire"] == .init(created: 0, updated: 0, unchanged: 2))
            var changed = Self.bundle
            changed["entry"]?[1]?["resource"]?["title"] = "Teen check-in"
            let third = try await ClinicalImportTests.run(world, changed)
            #expect(third.byResource["Questionnaire"] == .init(created: 0, updated: 1, unchanged: 1))

            // The same version sent again without its label keeps it: answers saved under it stay private.
            var unlabelled = changed
            unlabelled["entry"]?[1]?["resource"]?["meta"] = nil
            _ = try await ClinicalImportTests.run(world, unlabelled)
            let stored = try await StoredQuestionnaire.query(on: world.app.db).sort(\.$url).all()
            #expect(Questionnaires.read(stored[1])?.isConfidential == true)
            #expect(stored.map(\.confidential) == [false, true])
            #expect(stored[1].titleEnglish == "Teen check-in" && stored[1].titleSpanish.hasPrefix("Chequeo"))
            #expect(Questionnaires.read(stored[0])?.item("fever-days")?.enableWhen.count == 1)

            var bad = Self.bundle
            bad["entry"]?[0]?["resource"]?["item"]?[0]?["type"] = "attachment"
            let problem = await #expect(throws: BundleProblem.self) { try await ClinicalImportTests.run(world, bad) }
            #expect(problem?.entry == 0 && problem?.field.hasPrefix("item[0].type") == true)
        }
    }

    @Test("An administrator chooses which questionnaires a department asks; an unknown one is refused")
    func chosenPerDepartment() async throws {
        try await withTestApp { world in
            _ = try await ClinicalImportTests.run(world, Self.bundle)
            let department = Department(
                ehrKey: FHIRBuilder.departmentKey("PEDS"), nameEnglish: "General Pediatrics", nameSpanish: "Pediatría general")
            try await department.create(on: world.app.db)
            let admin = try await Fixtures.staff(world, role: .administrator)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, admin)
            let page = try await browser.get(Routes.staffDepartment(department.ref))
            #expect(page.body.contains("Before your visit (1)") && page.body.contains("confidential screen"))
            let teen = try #require(try await StoredQuestionnaire.query(on: world.app.db).filter(\.$confidential == true).first())
            let saved = try await browser.post(
                Routes.staffDepartmentQuestionnaires(department.ref), pairs: [("questionnaires[]", teen.id!.uuidString)])
            #expect(saved.status == .seeOther)
            #expect(try await Questionnaires.asked(by: department.id!, on: world.app.db).map(\.id) == [teen.id])
            let unknown = try await browser.post(
                Routes.staffDepartmentQuestionnaires(department.ref), pairs: [("questionnaires[]", UUID().uuidString)])
            #expect(unknown.status == .badRequest)
            #expect(try await Questionnaires.asked(by: department.id!, on: world.app.db).count == 1)
            _ = try await browser.get(Routes.staffDepartment(department.ref))
            let none = try await browser.post(Routes.staffDepartmentQuestionnaires(department.ref), pairs: [])
            #expect(none.status == .seeOther)
            #expect(try await Questionnaires.asked(by: department.id!, on: world.app.db).isEmpty)
        }
    }
}
