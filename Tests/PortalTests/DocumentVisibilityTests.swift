import Fluent
import Foundation
import PortalCore
import PortalFHIR
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
            try await Fixtures.looksAfter(world, clinician, teen.patient)
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

    @Test("A confidential report's values carry no label of their own: they are confidential too, in the list and the trend")
    func valuesInheritTheirReportsLabel() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(for: teen.patient, id: "cbc-ordinary", hemoglobin: 13.3, now: world.now, daysAgo: 30))
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(
                    for: teen.patient, id: "cbc-private", hemoglobin: 9.7, sensitivity: .normal,
                    reportSensitivity: .adolescentConfidential(.hiv), now: world.now))
            let values = try await StoredLabResult.query(on: world.app.db).all()
            #expect(values.filter { $0.sensitivity == .adolescentConfidential(.hiv) }.count == 2)
            #expect(values.filter { $0.sourceSensitivity == "normal" }.count == 4, "the value's own label is kept")

            let ordinary = try #require(values.first { $0.sourceKey?.hasSuffix("cbc-ordinary-hgb") == true })
            let parent = Browser(world)
            try await parent.signIn(email: teen.parent.email)
            let trend = try await parent.get(Routes.patientResult(teen.patient.ref, ordinary.ref))
            #expect(trend.status == .ok && trend.body.contains("13.3"))
            #expect(!trend.body.contains("9.7"))
            #expect(!(try await parent.get(Routes.patientResults(teen.patient.ref)).body.contains("9.7")))
            let own = Browser(world)
            try await own.signIn(email: teen.own.email)
            #expect(try await own.get(Routes.patientResult(teen.patient.ref, ordinary.ref)).body.contains("9.7"))
        }
    }

    @Test(
        "A report with no label whose values are all confidential is confidential: no name, count, new mark or notice for the parent"
    )
    func reportFollowsItsValues() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            let sti = Sensitivity.adolescentConfidential(.sexuallyTransmittedInfection)
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(
                    for: teen.patient, id: "cbc-values-only", sensitivity: sti, reportSensitivity: .normal, now: world.now))
            let report = try #require(try await StoredLabReport.query(on: world.app.db).first())
            #expect(report.sensitivity == sti && report.sourceSensitivity == "normal")
            let parent = Browser(world)
            try await parent.signIn(email: teen.parent.email)
            let list = try await parent.get(Routes.patientResults(teen.patient.ref))
            #expect(list.status == .ok && !list.body.contains("Complete blood count"))
            let value = try #require(try await StoredLabResult.query(on: world.app.db).first())
            #expect(try await parent.get(Routes.patientResult(teen.patient.ref, value.ref)).status == .notFound)
            #expect(!(try await parent.get(Routes.patient(teen.patient.ref)).body.contains("Complete blood count")))
            let told = try await OutboxMessage.notices(world).all().map(\.recipient)
            #expect(!told.contains(teen.parent.email) && told.contains(teen.own.email), "\(told)")
            let own = Browser(world)
            try await own.signIn(email: teen.own.email)
            #expect(try await own.get(Routes.patientResults(teen.patient.ref)).body.contains("Complete blood count"))

            // A clinician's mark, made and lifted, leaves the report where its values put it.
            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, teen.patient)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            try await clinician.get(Routes.patientResults(teen.patient.ref))
            for decision in ["restrict", "lift"] {
                let decided = try await clinician.post(
                    Routes.patientRestrictions(teen.patient.ref),
                    ["kind": "lab_report", "item": report.id!.uuidString, "decision": decision, "reason": "Discuss first"])
                #expect(decided.status == .seeOther)
            }
            let lifted = try #require(try await StoredLabReport.find(report.id, on: world.app.db))
            #expect(lifted.sensitivity == sti && lifted.restrictedAt == nil)
        }
    }

    @Test("A value that arrives after its report was restricted is restricted; lifting brings the report's label back")
    func valuesFollowTheirReportsRestriction() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(
                    for: teen.patient, id: "cbc-1", reportSensitivity: .adolescentConfidential(.mentalHealth), now: world.now,
                    lastUpdated: world.now.addingTimeInterval(-3600)))
            let report = try #require(try await StoredLabReport.query(on: world.app.db).first())
            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, teen.patient)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            try await clinician.get(Routes.patientResults(teen.patient.ref))
            let restricted = try await clinician.post(
                Routes.patientRestrictions(teen.patient.ref),
                ["kind": "lab_report", "item": report.id!.uuidString, "decision": "restrict", "reason": "Discuss first"])
            #expect(restricted.status == .seeOther)
            // The laboratory adds a value to the report: new, with no label of its own.
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(
                    for: teen.patient, id: "cbc-1", reportSensitivity: .adolescentConfidential(.mentalHealth),
                    platelets: 251, now: world.now, lastUpdated: world.now))
            let values = try await StoredLabResult.query(on: world.app.db).all()
            #expect(values.count == 3 && values.allSatisfy { $0.sensitivity == .restricted && $0.restrictedAt != nil })
            let own = Browser(world)
            try await own.signIn(email: teen.own.email)
            #expect(!(try await own.get(Routes.patientResults(teen.patient.ref)).body.contains("Platelets")))

            let lifted = try await clinician.post(
                Routes.patientRestrictions(teen.patient.ref),
                ["kind": "lab_report", "item": report.id!.uuidString, "decision": "lift"])
            #expect(lifted.status == .seeOther)
            let after = try await StoredLabResult.query(on: world.app.db).all()
            #expect(after.allSatisfy { $0.sensitivity == .adolescentConfidential(.mentalHealth) && $0.restrictedAt == nil })
            #expect(try await own.get(Routes.patientResults(teen.patient.ref)).body.contains("Platelets"))
            let parent = Browser(world)
            try await parent.signIn(email: teen.parent.email)
            #expect(!(try await parent.get(Routes.patientResults(teen.patient.ref)).body.contains("Platelets")))
        }
    }

    @Test(
        "Only the policy's door opens the record, only the import writes it, only the guest page uses the guest door, and no SQL names a clinical table"
    )
    func theRecordHasItsDoorsOnly() throws {
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appending(path: "Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .filter { !$0.path.hasPrefix(sources.appending(path: "PortalRecord").path + "/") }
        #expect(files.count > 100)
        let spi = try Regex(#"@_spi\s*\(\s*(\w+)\s*\)"#)
        let testable = try Regex(#"@testable\s+import\b[^\n]*\bPortalRecord\b"#)
        let tables = "lab_reports|lab_results|imaging_reports|medications|allergies|immunizations|clinical_documents|appointments"
        // The table's name as a whole literal (SQLKit's builders), or after a SQL keyword (raw SQL).
        let named = try Regex(#""(\#(tables))""#)
        let inSQL = try Regex(#"(?i)\b(from|join|update|into|table)\s+["`]?(\#(tables))\b"#)
        let migrations = sources.appending(path: "Portal/Migrations").path + "/"
        var doors: [String: [String]] = [:]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: spi) {
                doors[String(match.output[1].substring ?? ""), default: []].append(file.lastPathComponent)
            }
            #expect(!text.contains(testable), "\(file.lastPathComponent) imports the record's internals")
            guard !file.path.hasPrefix(migrations) else { continue }
            #expect(!text.contains(named), "\(file.lastPathComponent) names a clinical table")
            #expect(!text.contains(inSQL), "\(file.lastPathComponent) reads a clinical table in SQL")
        }
        #expect(doors["AccessDoor"] == ["Request+Access.swift"])
        #expect(doors["GuestPass"] == ["GuestVisitController.swift"])
        #expect(doors["RecordImport"] == ["ClinicalImport.swift"])
        #expect(doors["DepartmentSetup"] == ["DepartmentSetupController.swift"])
        #expect(Set(doors.keys) == ["AccessDoor", "GuestPass", "RecordImport", "DepartmentSetup"])
    }
}

extension DocumentVisibilityTests {
    /// One hemoglobin value sent on its own, as a correction or ahead of its report.
    static func loneHemoglobin(_ patient: Patient, id: String, value: Double, now: Date) -> JSONValue {
        let collected = now.addingTimeInterval(-86_400)
        return FHIRBuilder.bundle([
            FHIRBuilder.patient(recordNumber: patient.medicalRecordNumber, name: patient.legalName, birthDate: patient.birthDate),
            FHIRBuilder.labResult(
                id: id, recordNumber: patient.medicalRecordNumber, loinc: "718-7", name: "Hemoglobin", value: value,
                unit: "g/dL", low: 11.5, high: 15.5, collected: collected, issued: collected.addingTimeInterval(3600),
                lastUpdated: now),
        ])
    }

    @Test(
        "A value of a confidential report corrected on its own stays in its report, under its label; no stand-in report appears")
    func correctionSentAlone() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(
                    for: teen.patient, id: "cbc-private", hemoglobin: 9.7, reportSensitivity: .adolescentConfidential(.hiv),
                    now: world.now, lastUpdated: world.now.addingTimeInterval(-3600)))
            _ = try await ClinicalImportTests.run(
                world, Self.loneHemoglobin(teen.patient, id: "cbc-private-hgb", value: 9.9, now: world.now))
            #expect(try await StoredLabReport.query(on: world.app.db).count() == 1)
            let corrected = try #require(
                try await StoredLabResult.query(on: world.app.db).all().first {
                    $0.sourceKey?.hasSuffix("cbc-private-hgb") == true
                })
            #expect(corrected.valueNumber == 9.9)
            #expect(corrected.sensitivity == .adolescentConfidential(.hiv))
            let parent = Browser(world)
            try await parent.signIn(email: teen.parent.email)
            let list = try await parent.get(Routes.patientResults(teen.patient.ref))
            #expect(!list.body.contains("9.9") && !list.body.contains("Hemoglobin"))
            #expect(try await parent.get(Routes.patientResult(teen.patient.ref, corrected.ref)).status == .notFound)
        }
    }

    @Test("A value that arrives before its confidential report joins the report when it comes; the stand-in report goes")
    func valueBeforeItsReport() async throws {
        try await withTestApp { world in
            let teen = try await makeTeen(world)
            _ = try await ClinicalImportTests.run(
                world, Self.loneHemoglobin(teen.patient, id: "cbc-private-hgb", value: 9.7, now: world.now))
            #expect(try await StoredLabReport.query(on: world.app.db).count() == 1)
            world.advance(60)
            _ = try await ClinicalImportTests.run(
                world,
                ClinicalBundles.bloodCount(
                    for: teen.patient, id: "cbc-private", hemoglobin: 9.7, reportSensitivity: .adolescentConfidential(.hiv),
                    now: world.now, lastUpdated: world.now))
            let reports = try await StoredLabReport.query(on: world.app.db).all()
            #expect(reports.count == 1 && reports.first?.sensitivity == .adolescentConfidential(.hiv))
            let values = try await StoredLabResult.query(on: world.app.db).all()
            #expect(values.count == 2 && values.allSatisfy { $0.sensitivity == .adolescentConfidential(.hiv) })
            let parent = Browser(world)
            try await parent.signIn(email: teen.parent.email)
            let list = try await parent.get(Routes.patientResults(teen.patient.ref))
            #expect(list.status == .ok && !list.body.contains("Hemoglobin") && !list.body.contains("Complete blood count"))
        }
    }
}
