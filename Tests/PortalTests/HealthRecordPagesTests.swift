import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing

@testable import Portal
@testable import PortalRecord

/// The health record's pages for the family and the care team, on the demo's own
/// 14-year-old record loaded through the import.
@Suite("The health record's pages")
struct HealthRecordPagesTests {
    struct Family {
        let teen: Patient
        let parent: Member
        let own: Member
    }

    static func family(_ world: TestWorld) async throws -> Family {
        let teen = try await Fixtures.patient(world, name: "Mateo Garcia", bornYearsAgo: 14, daysAgo: 160, mrn: "MRN100002")
        let parent = try await Fixtures.member(world, email: "parent@example.org")
        let own = try await Fixtures.member(world, email: "teen@example.org", name: "Mateo Garcia")
        try await Fixtures.grant(world, parent, teen)
        try await Fixtures.grant(world, own, teen, .`self`)
        try await DemoAppointments.seedDepartments(on: world.app.db)
        var importer = ClinicalImportTests.importer(world)
        importer.release = .asIssued
        let child = DemoRecords.Child(recordNumber: "MRN100002", name: "Mateo Garcia", born: LocalDate(iso: teen.birthDate)!)
        _ = try await importer.run(DemoRecords.bundle(for: child, now: world.now, zone: world.config.hospitalTimeZone).encoded())
        return Family(teen: teen, parent: parent, own: own)
    }

    /// Every page of the record a family member can reach, with every results page.
    static func everyPage(of patient: UUID, _ browser: Browser) async throws -> [String: String] {
        var pages: [String: String] = [:]
        for path in [
            Routes.patient(Ref(patient)), Routes.patientImaging(Ref(patient)), Routes.patientMedications(Ref(patient)),
            Routes.patientAllergies(Ref(patient)), Routes.patientImmunizations(Ref(patient)),
            Routes.patientDocuments(Ref(patient)),
            Routes.patientHealthSummary(Ref(patient)), Routes.patientImmunizationRecord(Ref(patient)),
            Routes.patientAppointments(Ref(patient)),
        ] {
            let page = try await browser.get(path)
            #expect(page.status == .ok, "\(path)")
            pages[path] = page.body
        }
        var page = 1
        while true {
            let list = try await browser.get(Routes.patientResults(Ref(patient)).query(["page": page > 1 ? String(page) : nil]))
            #expect(list.status == .ok)
            pages[Routes.patientResults(Ref(patient)).query(["page": page > 1 ? String(page) : nil])] = list.body
            guard list.body.contains("rel=\"next\"") else { break }
            page += 1
        }
        return pages
    }

    @Test("A parent of a 14-year-old never meets the confidential test, medicine or note, on any page, count or print view")
    func parentNeverSeesConfidential() async throws {
        try await withTestApp { world in
            let family = try await Self.family(world)
            let parent = Browser(world)
            try await parent.signIn(email: family.parent.email)
            let pages = try await Self.everyPage(of: family.teen.id!, parent)
            #expect(pages.count > 9)
            for (path, body) in pages {
                for secret in [
                    "Chlamydia", "Sertraline", "Counseling", "Care team note", "onfidential", "988 at any hour",
                    "Adolescent Medicine",
                ] {
                    #expect(!body.contains(secret), "\(path) shows \(secret)")
                }
            }
            let front = pages[Routes.patient(family.teen.ref)]!
            #expect(front.contains("Medications (3)") && front.contains("Documents (3)") && front.contains("Test results (28)"))
            #expect(front.contains("Upcoming appointments (1)"))

            // Asking for the confidential result by its id is the same as asking for nothing.
            let hidden = try #require(
                try await StoredLabResult.query(on: world.app.db).filter(\.$code == "43304-5").first())
            let refused = try await parent.get(Routes.patientResult(family.teen.ref, hidden.ref))
            #expect(refused.status == .notFound && !refused.body.contains("Chlamydia"))
            let denied = try await AuditEvent.query(on: world.app.db).filter(\.$action == "result.view")
                .filter(\.$outcome == "denied").count()
            #expect(denied == 1)

            // The teen sees all of it, marked confidential.
            let teen = Browser(world)
            try await teen.signIn(email: family.own.email)
            let own = try await teen.get(Routes.patientResult(family.teen.ref, hidden.ref))
            #expect(own.status == .ok && own.body.contains("Not detected") && own.body.contains("Confidential"))
            #expect(try await teen.get(Routes.patientMedications(family.teen.ref)).body.contains("Sertraline"))
            #expect(try await teen.get(Routes.patient(family.teen.ref)).body.contains("Medications (4)"))
            #expect(try await teen.get(Routes.patient(family.teen.ref)).body.contains("Upcoming appointments (2)"))
            #expect(try await teen.get(Routes.patientAppointments(family.teen.ref)).body.contains("Adolescent Medicine"))
        }
    }

    @Test("Results are listed by report with flags in words, new ones marked once, twenty reports a page")
    func resultList() async throws {
        try await withTestApp { world in
            let family = try await Self.family(world)
            let parent = Browser(world)
            try await parent.signIn(email: family.parent.email)
            let id = family.teen.id!
            #expect(try await parent.get(Routes.patient(Ref(id))).body.contains("3 new"))
            let first = try await parent.get(Routes.patientResults(Ref(id)))
            #expect(first.body.components(separatedBy: "class=\"tag new\"").count - 1 == 2)
            #expect(first.body.contains("↑ High") && first.body.contains("Page 1 of 2"))
            #expect(first.body.contains("×10³/µL"))
            // Seen now: the badge counts only the imaging report still unseen.
            #expect(try await parent.get(Routes.patient(Ref(id))).body.contains("1 new"))
            #expect(!(try await parent.get(Routes.patientResults(Ref(id))).body.contains("class=\"tag new\"")))

            let second = try await parent.get(Routes.patientResults(Ref(id)).query(["page": "2"]))
            #expect(second.status == .ok && second.body.contains("Page 2 of 2") && second.body.contains("rel=\"prev\""))
            // A page number that is not one starts at the first page; one past the end is empty, not an error.
            #expect(try await parent.get(Routes.patientResults(Ref(id)) + "?page=abc").body.contains("Page 1 of 2"))
            #expect(try await parent.get(Routes.patientResults(Ref(id)) + "?page=99").status == .ok)
        }
    }

    @Test("A result page shows the value, its range and the test over time, drawn and tabled")
    func resultPage() async throws {
        try await withTestApp { world in
            let family = try await Self.family(world)
            let parent = Browser(world)
            try await parent.signIn(email: family.parent.email)
            let latest = try #require(
                try await StoredLabResult.query(on: world.app.db).filter(\.$code == "6690-2").sort(\.$collectedAt, .descending)
                    .first())
            let path = Routes.patientResult(family.teen.ref, latest.ref)
            let page = try await parent.get(path)
            #expect(page.status == .ok)
            #expect(page.body.contains("14.8 ×10³/µL") && page.body.contains("4.5 to 13.5 ×10³/µL"))
            #expect(page.body.contains("<svg") && page.body.contains("role=\"img\""))
            // Five years by default: five yearly values, and the out-of-range one drawn as a square.
            #expect(page.body.components(separatedBy: "<circle").count - 1 == 4)
            #expect(page.body.components(separatedBy: "class=\"mark flagged\"").count - 1 == 1)
            let all = try await parent.get(Routes.patientResult(family.teen.ref, latest.ref).query(["years": "0"]))
            #expect(all.body.components(separatedBy: "<tr").count - 1 == 15)  // header + 14 yearly values
            #expect(try await parent.get(path + "?years=7").status == .badRequest)
            #expect(try await parent.get(Routes.patientResults(family.teen.ref) + "/not-an-id").status == .notFound)
        }
    }

    @Test("A long history: the chart keeps each stretch's extremes, the table pages through every value, newest first")
    func longHistory() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Lucia Garcia", bornYearsAgo: 16, mrn: "MRN100077")
            let parent = try await Fixtures.member(world, email: "parent@example.org")
            try await Fixtures.grant(world, parent, teen)
            // 150 weekly values in range, one far above it, and a confidential one far below it.
            var entries = (0..<150).map { week in
                let collected = world.now.addingTimeInterval(-86_400 * 7 * Double(150 - week))
                let value = week == 40 ? 25.0 : 12 + Double(week % 7) / 4
                return FHIRBuilder.labResult(
                    id: "hgb-\(week)", recordNumber: teen.medicalRecordNumber, loinc: "718-7", name: "Hemoglobin",
                    value: value, unit: "g/dL", low: 11.5, high: 15.5, interpretation: value > 15.5 ? "H" : "N",
                    collected: collected, issued: collected.addingTimeInterval(3600))
            }
            let secret = world.now.addingTimeInterval(-86_400 * 7 * 100.5)
            entries.append(
                FHIRBuilder.labResult(
                    id: "hgb-private", recordNumber: teen.medicalRecordNumber, loinc: "718-7", name: "Hemoglobin", value: 3.3,
                    unit: "g/dL", low: 11.5, high: 15.5, interpretation: "LL", collected: secret,
                    issued: secret.addingTimeInterval(3600), sensitivity: .adolescentConfidential(.reproductiveHealth)))
            var importer = ClinicalImportTests.importer(world)
            importer.release = .asIssued
            _ = try await importer.run(FHIRBuilder.bundle(entries).withSubjectsByRecordNumber().encoded())
            let newest = try #require(
                try await StoredLabResult.query(on: world.app.db).filter(\.$sourceKey !~ "private")
                    .sort(\.$collectedAt, .descending).first())
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            let all = Routes.patientResult(teen.ref, newest.ref).query(["years": "0"])
            let first = try await browser.get(all)
            #expect(first.status == .ok)
            // Two points at most for each of 60 stretches, and the first and last: the high value kept and flagged; the
            // confidential one neither drawn nor listed.
            let marks = first.body.components(separatedBy: "<circle").count - 1
            let flagged = first.body.components(separatedBy: "class=\"mark flagged\"").count - 1
            #expect(marks + flagged <= 2 * TrendPage.stretches + 2 && marks + flagged > TrendPage.stretches)
            // The very points the rule keeps, worked out here from the stored values: stretch s holds
            // the values s × 150 / 60 up to the next stretch's first and gives its first lowest and
            // first highest; with the first and the last, drawn as the chart draws them.
            let stored = try await StoredLabResult.query(on: world.app.db).filter(\.$sourceKey !~ "private")
                .sort(\.$collectedAt).sort(\.$id).all()
            var kept: Set<Int> = [0, stored.count - 1]
            for stretch in 0..<TrendPage.stretches {
                let range = (stretch * stored.count / TrendPage.stretches)..<((stretch + 1) * stored.count / TrendPage.stretches)
                kept.insert(range.min { stored[$0].valueNumber! < stored[$1].valueNumber! }!)
                kept.insert(range.max { stored[$0].valueNumber! < stored[$1].valueNumber! }!)
            }
            let expected = TrendChart(
                samples: kept.sorted().map {
                    TrendChart.Sample(time: stored[$0].collectedAt, value: stored[$0].valueNumber!, isFlagged: false)
                }, low: 11.5, high: 15.5)
            let drawn = first.body.components(separatedBy: "class=\"trend-line\" points=\"").dropFirst().first?
                .components(separatedBy: "\"").first
            #expect(
                drawn
                    == expected.points.map { "\(NumberFormat.oneDecimal($0.x)),\(NumberFormat.oneDecimal($0.y))" }.joined(
                        separator: " "))
            #expect(marks + flagged == kept.count)
            #expect(flagged == 1)
            #expect(first.body.contains("Chart of 150 Hemoglobin values"))
            #expect(first.body.contains("lowest and highest value of each stretch"))
            #expect(!first.body.contains("3.3 g/dL"))
            // Every value once, across the pages.
            var rows: [String] = []
            var path: String? = all
            var pages = 0
            while let next = path, pages < 20 {
                let page = try await browser.get(next)
                pages += 1
                let body = page.body.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
                rows += body.components(separatedBy: "<tr").dropFirst()
                path =
                    page.body.components(separatedBy: "rel=\"next\"").count > 1
                    ? page.body.components(separatedBy: "\" rel=\"next\"")[0].components(separatedBy: "href=\"").last?
                        .replacingOccurrences(of: "&amp;", with: "&")
                    : nil
            }
            #expect(pages == 8 && rows.count == 150)
            #expect(rows.first?.contains("class=\"current\"") == true)
            #expect(rows.filter { $0.contains(">25 g/dL<") }.count == 1 && !rows.contains { $0.contains("3.3 g/dL") })
            // A page past the end shows the last page; the default five years show fewer values.
            let past = try await browser.get(Routes.patientResult(teen.ref, newest.ref).query(["years": "0", "page": "99"]))
            #expect(past.body.contains("Page 8 of 8"))
            let recent = try await browser.get(Routes.patientResult(teen.ref, newest.ref))
            #expect(recent.body.contains("Chart of 150 Hemoglobin values"))
            let twoYears = try await browser.get(Routes.patientResult(teen.ref, newest.ref).query(["years": "2"]))
            #expect(twoYears.body.contains("Chart of 104 Hemoglobin values") && !twoYears.body.contains("each stretch"))
        }
    }

    @Test("A clinician restricts a report with a reason; the family then sees nothing of it until it is released")
    func restriction() async throws {
        try await withTestApp { world in
            let family = try await Self.family(world)
            let id = family.teen.id!
            let report = try #require(
                try await StoredLabReport.query(on: world.app.db).filter(\.$name == "Complete blood count")
                    .sort(\.$collectedAt, .descending).first())
            let wbc = try #require(
                try await StoredLabResult.query(on: world.app.db).filter(\.$report.$id == report.id!).filter(\.$code == "6690-2")
                    .first())
            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, family.teen)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            let staffPage = try await clinician.get(Routes.patientResult(Ref(id), wbc.ref))
            #expect(
                staffPage.body.contains("Hide from the whole family") && staffPage.body.contains("Hide from the parents only"))
            let empty = try await clinician.post(
                Routes.patientRestrictions(Ref(id)),
                ["kind": "lab_report", "item": report.id!.uuidString, "decision": "restrict", "reason": "  "])
            #expect(empty.status == .badRequest)
            let done = try await clinician.post(
                Routes.patientRestrictions(Ref(id)),
                [
                    "kind": "lab_report", "item": report.id!.uuidString, "decision": "restrict",
                    "reason": "Discuss with the family first", "return": Routes.patientResult(Ref(id), wbc.ref),
                ])
            #expect(done.status == .seeOther && done.location == Routes.patientResult(Ref(id), wbc.ref))
            #expect(
                try await clinician.get(Routes.patientResult(Ref(id), wbc.ref)).body.contains("Discuss with the family first"))

            let parent = Browser(world)
            try await parent.signIn(email: family.parent.email)
            #expect(try await parent.get(Routes.patientResult(Ref(id), wbc.ref)).status == .notFound)
            #expect(!(try await parent.get(Routes.patientResults(Ref(id))).body.contains("14.8")))
            #expect(try await parent.get(Routes.patient(Ref(id))).body.contains("Test results (27)"))
            // A family member cannot restrict or release anything.
            let attempt = try await parent.post(
                Routes.patientRestrictions(Ref(id)), ["kind": "lab_report", "item": report.id!.uuidString, "decision": "lift"])
            #expect(attempt.status == .forbidden)

            _ = try await clinician.post(
                Routes.patientRestrictions(Ref(id)), ["kind": "lab_report", "item": report.id!.uuidString, "decision": "lift"])
            #expect(try await parent.get(Routes.patientResult(Ref(id), wbc.ref)).status == .ok)
            let actions = try await AuditEvent.query(on: world.app.db).filter(
                \.$action ~~ ["item.restricted", "item.restriction_lifted"]
            )
            .count()
            #expect(actions == 2)
        }
    }

    @Test("A member who chose to wait sees a new result only when the wait is over")
    func delay() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, bornYearsAgo: 6)
            let parent = try await Fixtures.member(world)
            try await Fixtures.grant(world, parent, child)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            try await browser.get(Routes.account())
            #expect(try await browser.post(Routes.resultDelay(), ["days": "9"]).status == .badRequest)
            #expect(try await browser.post(Routes.resultDelay(), ["days": "soon"]).status == .badRequest)
            let saved = try await browser.post(Routes.resultDelay(), ["days": "3"])
            #expect(saved.status == .seeOther)
            #expect(try await browser.get(saved.location!).body.contains("Your choice for new results is saved."))

            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: child, now: world.now))
            var list = try await browser.get(Routes.patientResults(child.ref))
            #expect(!list.body.contains("Hemoglobin") && list.body.contains("only after a delay"))
            world.advance(3 * 86_400)
            try await browser.signIn(email: parent.email)  // the old session has long expired
            list = try await browser.get(Routes.patientResults(child.ref))
            #expect(list.body.contains("Hemoglobin"))
        }
    }

    @Test("Documents: HTML shown through the builder, drafts withheld, PDFs downloaded without caching")
    func documents() async throws {
        try await withTestApp { world in
            let family = try await Self.family(world)
            let id = family.teen.id!
            let pdf = Data("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8)
            _ = try await ClinicalImportTests.run(
                world,
                FHIRBuilder.bundle([
                    FHIRBuilder.document(
                        id: "draft", recordNumber: "MRN100002", loinc: "11506-3", typeName: "Note", title: "Draft letter",
                        author: "Dr. Test", written: world.now, encounter: nil, content: Data("Not yet".utf8),
                        docStatus: "preliminary"),
                    FHIRBuilder.document(
                        id: "letter", recordNumber: "MRN100002", loinc: "11506-3", typeName: "Letter", title: "Camp letter",
                        author: "Dr. Test", written: world.now, encounter: nil, contentType: "application/pdf", content: pdf),
                ]).withSubjectsByRecordNumber())
            let parent = Browser(world)
            try await parent.signIn(email: family.parent.email)
            let list = try await parent.get(Routes.patientDocuments(Ref(id)))
            #expect(list.body.contains("Camp letter") && !list.body.contains("Draft letter"))

            let html = try #require(
                try await StoredClinicalDocument.query(on: world.app.db).filter(\.$contentType == "text/html").first())
            let page = try await parent.get(Routes.patientDocument(Ref(id), html.ref))
            #expect(page.body.contains("<h2>Asthma action plan</h2>") && page.body.contains("<strong>asthma flare</strong>"))

            let letter = try #require(
                try await StoredClinicalDocument.query(on: world.app.db).filter(\.$title == "Camp letter").first())
            let file = try await parent.get(Routes.patientDocumentFile(Ref(id), letter.ref))
            #expect(file.status == .ok && file.headers.first(name: .contentType) == "application/pdf")
            #expect(file.headers.first(name: .cacheControl) == "no-store" && Data(file.bytes) == pdf)
            // A text document has no file.
            #expect(try await parent.get(Routes.patientDocumentFile(Ref(id), html.ref)).status == .notFound)
        }
    }

    @Test("Print views carry what a school asks for, and opening one is audited as printing")
    func printViews() async throws {
        try await withTestApp { world in
            let family = try await Self.family(world)
            let parent = Browser(world)
            try await parent.signIn(email: family.parent.email)
            let record = try await parent.get(Routes.patientImmunizationRecord(family.teen.ref))
            let birth = DateText.long(LocalDate(iso: family.teen.birthDate)!, language: .english)
            let hospital = world.config.hospitalName.replacingOccurrences(of: "'", with: "&#39;")
            for text in ["Mateo Garcia", birth, hospital, "Printed on", "Tdap", "1 of 2", "MMR"] {
                #expect(record.body.contains(text), "\(text)")
            }
            let summary = try await parent.get(Routes.patientHealthSummary(family.teen.ref))
            #expect(
                summary.body.contains("Penicillin G") && summary.body.contains("Albuterol")
                    && !summary.body.contains("Sertraline"))
            let printed = try await AuditEvent.query(on: world.app.db).filter(\.$action == "record.printed").count()
            #expect(printed == 2)
        }
    }
}

extension HealthRecordPagesTests {
    @Test(
        "Coded sites, routes and vaccine groups are said in the viewer's language; free text and unknown vaccines stay as sent"
    )
    func codedValuesTranslated() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Ana Ruiz", bornYearsAgo: 4)
            let parent = try await Fixtures.member(world, email: "ana.parent@example.org")
            try await Fixtures.grant(world, parent, child)
            let mrn = child.medicalRecordNumber
            _ = try await ClinicalImportTests.run(
                world,
                FHIRBuilder.bundle([
                    FHIRBuilder.patient(recordNumber: mrn, name: child.legalName, birthDate: child.birthDate),
                    FHIRBuilder.immunization(
                        id: "imm-mmr", recordNumber: mrn, cvx: "03", vaccine: "MMR", given: LocalDate(iso: "2023-05-01")!,
                        doseNumber: 1, seriesDoses: 2, lot: "M1", site: "Left thigh", siteCode: "LT", routeCode: "SQ"),
                    FHIRBuilder.immunization(
                        id: "imm-dtap", recordNumber: mrn, cvx: "20", vaccine: "DTaP", given: LocalDate(iso: "2023-06-01")!,
                        doseNumber: 4, seriesDoses: 5, lot: "D4", site: "Left calf, lateral"),
                    FHIRBuilder.immunization(
                        id: "imm-mmrv", recordNumber: mrn, cvx: "94", vaccine: "MMRV", given: LocalDate(iso: "2024-05-02")!,
                        doseNumber: 2, seriesDoses: 2, lot: "V2", site: nil, siteCode: nil, routeCode: "SQ"),
                    FHIRBuilder.immunization(
                        id: "imm-flu-1", recordNumber: mrn, cvx: "150", vaccine: "Influenza, quadrivalent, PF",
                        given: LocalDate(iso: "2023-10-14")!, doseNumber: 1, seriesDoses: nil, lot: "F1", site: nil),
                    FHIRBuilder.immunization(
                        id: "imm-flu-2", recordNumber: mrn, cvx: "150", vaccine: "Influenza, injectable, quadrivalent",
                        given: LocalDate(iso: "2024-10-14")!, doseNumber: 2, seriesDoses: nil, lot: "F2", site: nil),
                    FHIRBuilder.immunization(
                        id: "imm-travel", recordNumber: mrn, cvx: "998", vaccine: "Yellow fever, travel clinic",
                        given: LocalDate(iso: "2024-07-01")!, doseNumber: nil, seriesDoses: nil, lot: "Y1", site: nil),
                ]))
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            let english = try await browser.get(Routes.patientImmunizations(child.ref)).body
            #expect(english.contains("Left thigh") && english.contains("Injection under the skin"))
            try await browser.post(Routes.chooseLanguage(), ["language": "es", "return_to": "/"])
            let spanish = try await browser.get(Routes.patientImmunizations(child.ref)).body
            #expect(spanish.contains("Muslo izquierdo") && spanish.contains("Inyección debajo de la piel"))
            #expect(!spanish.contains("Left thigh") && spanish.contains("Left calf, lateral"))
            #expect(spanish.contains("Sarampión, paperas y rubéola (MMR)") && spanish.contains("Varicela"))
            #expect(spanish.contains("Yellow fever, travel clinic"))
            // The school's record: one row per disease; MMRV counts towards measles and
            // chickenpox alike, its product named where the row holds two.
            let printed = try await browser.get(Routes.patientImmunizationRecord(child.ref)).body
            let rows = printed.components(separatedBy: "<th scope=\"row\">").dropFirst().map { $0.prefix(while: { $0 != "<" }) }
            #expect(
                rows == [
                    "Difteria, tétanos y tos ferina (DTaP, Tdap, Td)", "Sarampión, paperas y rubéola (MMR)", "Varicela",
                    "Gripe (influenza)", "Yellow fever, travel clinic",
                ])
            #expect(printed.contains("MMR, 1 de 2: ") && printed.contains("MMRV, 2 de 2: "))
            // One vaccine worded two ways by the EHR is one vaccine: its doses are not named.
            #expect(!printed.contains("Influenza, quadrivalent, PF") && !printed.contains("Influenza, injectable"))
        }
    }
}
