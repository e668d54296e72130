import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

@Suite("Documents follow the access policy")
struct DocumentVisibilityTests {
    /// A 14-year-old with one ordinary, one confidential and one restricted document, their
    /// parent, and their own account.
    struct Teen {
        let patient: Patient
        let parent: Member
        let own: Member
        let ordinary: StoredClinicalDocument
        let confidential: StoredClinicalDocument
        let restricted: StoredClinicalDocument
    }

    func makeTeen(_ world: TestWorld) async throws -> Teen {
        let patient = try await Fixtures.patient(world, name: "Teo Rivera", bornYearsAgo: 14)
        let parent = try await Fixtures.member(world)
        let own = try await Fixtures.member(world, name: "Teo Rivera")
        try await Fixtures.grant(world, parent, patient)
        try await Fixtures.grant(world, own, patient, .self)
        return Teen(
            patient: patient, parent: parent, own: own,
            ordinary: try await Fixtures.document(world, patient, title: "Sports physical"),
            confidential: try await Fixtures.document(
                world, patient, title: "Clinic visit private", sensitivity: .adolescentConfidential(.sexuallyTransmittedInfection)
            ),
            restricted: try await Fixtures.document(world, patient, title: "Withheld note", sensitivity: .restricted))
    }

    @Test("A parent of a 14-year-old: the confidential and restricted items are absent from the list, the count and their pages")
    func parentOfTeen() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            let browser = Browser(world)
            try await browser.signIn(email: teen.parent.email)

            let summary = try await browser.get(Routes.patient(teen.patient.ref))
            let list = try await browser.get(Routes.patientDocuments(teen.patient.ref))
            let hidden = try await browser.get(Routes.patientDocument(teen.patient.ref, teen.confidential.ref))
            let withheld = try await browser.get(Routes.patientDocument(teen.patient.ref, teen.restricted.ref))
            let missing = try await browser.get(Routes.patientDocument(teen.patient.ref, Ref(UUID())))

            #expect(summary.body.contains("Documents (1)"))
            #expect(list.status == .ok && list.body.contains("Sports physical"))
            for page in [summary, list] {
                #expect(!page.body.contains("Clinic visit private") && !page.body.contains("Withheld note"))
                #expect(!page.body.contains("onfidential"), "nothing hints that something is hidden")
            }
            #expect(hidden.status == .notFound && withheld.status == .notFound && missing.status == .notFound)
            // The same page but for the request id in the reference line.
            let mainContent = /<main[\s\S]*<\/main>/
            let reference = /Reference: [^<]*/
            let hiddenMain = hidden.body.firstMatch(of: mainContent).map { String($0.output).replacing(reference, with: "") }
            let missingMain = missing.body.firstMatch(of: mainContent).map { String($0.output).replacing(reference, with: "") }
            #expect(hiddenMain != nil && hiddenMain == missingMain)
            let denied = try await AuditEvent.query(on: world.app.db)
                .filter(\.$action == "document.view").filter(\.$outcome == "denied").count()
            #expect(denied == 3)
        }
    }

    @Test("The adolescent sees their own confidential item, marked as confidential, but not the restricted one")
    func teenThemselves() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            let browser = Browser(world)
            try await browser.signIn(email: teen.own.email)

            let summary = try await browser.get(Routes.patient(teen.patient.ref))
            let list = try await browser.get(Routes.patientDocuments(teen.patient.ref))
            let page = try await browser.get(Routes.patientDocument(teen.patient.ref, teen.confidential.ref))

            #expect(summary.body.contains("Documents (2)"))
            #expect(list.body.contains("Clinic visit private") && list.body.contains("Sports physical"))
            #expect(!list.body.contains("Withheld note"))
            #expect(page.status == .ok && page.body.contains("Second paragraph."))
            #expect(page.body.contains("Confidential: only you and your care team can see this document."))
            #expect(try await browser.get(Routes.patientDocument(teen.patient.ref, teen.restricted.ref)).status == .notFound)
        }
    }

    @Test("Staff see the restricted item, labelled")
    func staffSeeRestricted() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, clinician)

            let page = try await browser.get(Routes.patientDocument(teen.patient.ref, teen.restricted.ref))
            #expect(page.status == .ok && page.body.contains("Restricted: visible to hospital staff only."))
        }
    }

    @Test("At the 12th birthday's midnight a confidential item disappears from the parent's next request")
    func twelfthBirthdayHidesConfidential() async throws {
        let eveningBefore = testStart.addingTimeInterval(11 * 3600 + 59 * 60)
        try await withTestApp(startingAt: eveningBefore) { world in
            let tomorrow = LocalDate(world.now, in: world.config.hospitalTimeZone).adding(days: 1)
            let parent = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, name: "Nearly Twelve", born: tomorrow.adding(years: -12))
            try await Fixtures.grant(world, parent, child)
            try await Fixtures.document(
                world, child, title: "Counseling note", sensitivity: .adolescentConfidential(.mentalHealth))
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            let before = try await browser.get(Routes.patientDocuments(child.ref))
            world.advance(60)
            let after = try await browser.get(Routes.patientDocuments(child.ref))
            let summaryAfter = try await browser.get(Routes.patient(child.ref))

            #expect(before.body.contains("Counseling note"))
            #expect(!after.body.contains("Counseling note") && summaryAfter.body.contains("Documents (0)"))
        }
    }

    @Test("An adult's written authorization shows ordinary items only; entered-in-error items show to nobody")
    func authorizationAndErrors() async throws {
        try await withTestApp { world in
            let adult = try await Fixtures.patient(world, name: "Lu Rivera", bornYearsAgo: 19)
            let mother = try await Fixtures.member(world)
            try await Fixtures.grant(
                world, mother, adult, .parent, kind: .adultAuthorization, endsAt: world.now.addingTimeInterval(86_400 * 300))
            try await Fixtures.document(world, adult, title: "Ankle sprain")
            try await Fixtures.document(
                world, adult, title: "Contraception visit", sensitivity: .adolescentConfidential(.contraception))
            try await Fixtures.document(world, adult, title: "Wrong patient note", status: .enteredInError)
            let browser = Browser(world)
            try await browser.signIn(email: mother.email)

            let list = try await browser.get(Routes.patientDocuments(adult.ref))
            #expect(list.body.contains("Ankle sprain"))
            #expect(!list.body.contains("Contraception visit") && !list.body.contains("Wrong patient note"))
        }
    }

    @Test("A malformed document id is a 404")
    func malformedDocumentID() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            let browser = Browser(world)
            try await browser.signIn(email: teen.parent.email)
            #expect(try await browser.get(Routes.patientDocuments(teen.patient.ref) + "/not-an-id").status == .notFound)
        }
    }

    @Test("Only the policy's door opens the record, only the guest page uses the guest door, and no SQL names a clinical table")
    func theRecordHasTwoDoors() throws {
        let sources = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.path.contains("/PortalRecord/") }
        #expect(files.count > 100)
        var doors: [String: [String]] = [:]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for door in ["@_spi(AccessDoor)", "@_spi(GuestPass)", "@testable import PortalRecord"] where text.contains(door) {
                doors[door, default: []].append(file.lastPathComponent)
            }
            guard !file.path.contains("/Migrations/") else { continue }
            for table in [
                "lab_reports", "lab_results", "imaging_reports", "medications", "allergies", "immunizations",
                "clinical_documents", "appointments",
            ] {
                #expect(!text.contains("\"\(table)\""), "\(file.lastPathComponent) names the table \(table)")
            }
        }
        #expect(doors["@_spi(AccessDoor)"] == ["Request+Access.swift"])
        #expect(doors["@_spi(GuestPass)"] == ["GuestVisitController.swift"])
        #expect(doors["@testable import PortalRecord"] == nil)
    }
}
