import Fluent
import FluentSQL
import Foundation
import PortalCore
import PortalFHIR
import SQLKit
import Testing

@testable import Portal
@_spi(AccessDoor) @testable import PortalRecord

/// What SQLite's planner does with a family's results list once an import has written a long
/// history: a plan, not a timing, so it holds on any machine.
@Suite("The results list's query plan on SQLite")
struct ResultsListPlanTests {
    @Test("A page walks the list's index in order and the count reads an index alone")
    func longHistoryPlan() async throws {
        try await withTestApp { world in
            guard let sql = world.app.db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
            let teen = try await Fixtures.patient(world, name: "Lucia Garcia", bornYearsAgo: 16, mrn: "MRN100077")
            let sibling = try await Fixtures.patient(world, name: "Sofia Garcia", bornYearsAgo: 5, mrn: "MRN100078")
            var entries: [FHIRBuilder.Entry] = []
            for (patient, weeks) in [(teen, 300), (sibling, 3)] {
                entries += (0..<weeks).map { week in
                    let collected = world.now.addingTimeInterval(-86_400 * 7 * Double(weeks - week))
                    return FHIRBuilder.labResult(
                        id: "hgb-\(patient.medicalRecordNumber)-\(week)", recordNumber: patient.medicalRecordNumber,
                        loinc: "718-7", name: "Hemoglobin", value: 13, unit: "g/dL", low: 11.5, high: 15.5,
                        interpretation: "N", collected: collected, issued: collected.addingTimeInterval(3600))
                }
            }
            var importer = ClinicalImportTests.importer(world)
            importer.release = .asIssued
            _ = try await importer.run(FHIRBuilder.bundle(entries).withSubjectsByRecordNumber().encoded())

            // The reads PatientRecord runs for the teen's parent: a page, newest first, and the count.
            let zone = TimeZone(identifier: "UTC")!
            let birth = try #require(LocalDate(iso: teen.birthDate))
            let access = try #require(
                AccessPolicy.decide(
                    viewer: .member(
                        isActive: true,
                        grants: [
                            GrantFacts(
                                relationship: .parent, kind: .ordinary, starts: world.now.addingTimeInterval(-86_400), ends: nil)
                        ]),
                    patientBirthDate: birth, at: world.now, in: zone
                ).access)
            let record = PatientRecord(
                RecordAccess(patientID: teen.id!, access: access), db: world.app.db, now: world.now, resultDelayDays: 0)
            let reports = record.visible(StoredLabReport.self, delayed: true)
            var pageQuery = reports.copy().sort(\.$collectedAt, .descending).sort(\.$id, .descending).limit(20).query
            pageQuery.fields = [.path([.id], schema: StoredLabReport.schema)]
            var countQuery = reports.query
            countQuery.action = .aggregate(.field(.path([.id], schema: StoredLabReport.schema), .count))
            func plan(_ query: DatabaseQuery) async throws -> String {
                let select = SQLQueryConverter(delegate: ReadingConverter()).convert(query)
                let rows = try await sql.raw("EXPLAIN QUERY PLAN \(select)").all()
                return try rows.map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "; ")
            }
            let page = try await plan(pageQuery)
            #expect(page.contains("lab_reports_list") && !page.contains("TEMP B-TREE"), "\(page)")
            let count = try await plan(countQuery)
            #expect(count.contains("COVERING INDEX"), "\(count)")
        }
    }
}
