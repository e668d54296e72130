import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing

@testable import Portal
@testable import PortalRecord

@Suite("Importing FHIR bundles into the health record")
struct ClinicalImportTests {
    static func importer(_ world: TestWorld) -> ClinicalImport {
        var importer = ClinicalImport(db: world.app.db, zone: world.config.hospitalTimeZone, now: world.now, config: world.config)
        importer.audit = world.app.portal.audit
        return importer
    }

    static func run(_ world: TestWorld, _ bundle: JSONValue) async throws -> ImportSummary {
        try await importer(world).run(bundle.encoded())
    }

    @Test("A bundle creates its items; the same bundle again changes nothing")
    func idempotent() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let bundle = ClinicalBundles.bloodCount(for: patient, now: world.now)
            let first = try await Self.run(world, bundle)
            #expect(first.byResource["Observation"] == .init(created: 2, updated: 0, unchanged: 0))
            #expect(first.byResource["DiagnosticReport"] == .init(created: 1, updated: 0, unchanged: 0))
            #expect(first.patientsMatched == 1)
            let stored = try await StoredLabResult.query(on: world.app.db).with(\.$report).all()
            #expect(stored.count == 2 && stored.allSatisfy { $0.report?.name == "Complete blood count" })
            let hemoglobin = try #require(stored.first { $0.code == "718-7" })
            #expect(hemoglobin.valueNumber == 10.1 && hemoglobin.unit == "g/dL" && hemoglobin.interpretation == "L")
            #expect(hemoglobin.rangeLow == 11.5 && hemoglobin.rangeHigh == 15.5 && hemoglobin.releasedAt == world.now)

            world.advance(3600)
            let second = try await Self.run(world, bundle)
            #expect(second.created == 0 && second.updated == 0 && second.unchanged == 3)
            #expect(try await StoredLabResult.query(on: world.app.db).count() == 2)
            let again = try await StoredLabResult.query(on: world.app.db).filter(\.$code == "718-7").first()
            #expect(again?.updatedAt == hemoglobin.updatedAt)
        }
    }

    @Test("A newer version updates the item and shows it was corrected; an older one is ignored")
    func versions() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let first = world.now.addingTimeInterval(-7200)
            _ = try await Self.run(world, ClinicalBundles.bloodCount(for: patient, now: world.now, lastUpdated: first))
            let corrected = ClinicalBundles.bloodCount(
                for: patient, hemoglobin: 12.4, status: "corrected", now: world.now, lastUpdated: first.addingTimeInterval(3600))
            let summary = try await Self.run(world, corrected)
            #expect(summary.byResource["Observation"] == .init(created: 0, updated: 2, unchanged: 0))
            var hemoglobin = try #require(try await StoredLabResult.query(on: world.app.db).filter(\.$code == "718-7").first())
            #expect(hemoglobin.valueNumber == 12.4 && hemoglobin.wasCorrected && hemoglobin.status == "corrected")

            // A stale copy of the first version arrives late: nothing goes back.
            let stale = ClinicalBundles.bloodCount(for: patient, hemoglobin: 10.1, now: world.now, lastUpdated: first)
            #expect(try await Self.run(world, stale).updated == 0)
            hemoglobin = try #require(try await StoredLabResult.query(on: world.app.db).filter(\.$code == "718-7").first())
            #expect(hemoglobin.valueNumber == 12.4)
        }
    }

    @Test("A clinician's restriction survives a newer version from the EHR")
    func restrictionSurvives() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            _ = try await Self.run(world, ClinicalBundles.bloodCount(for: patient, now: world.now))
            let report = try #require(try await StoredLabReport.query(on: world.app.db).first())
            report.sensitivityValue = Sensitivity.restricted.storageValue
            report.restrictedAt = world.now
            report.restrictionReason = "Discuss in person first"
            try await report.update(on: world.app.db)

            _ = try await Self.run(world, ClinicalBundles.bloodCount(for: patient, hemoglobin: 9.0, now: world.now))
            let after = try #require(try await StoredLabReport.find(report.id, on: world.app.db))
            #expect(after.sensitivity == .restricted && after.sourceSensitivity == "normal")
        }
    }

    @Test("A patient the portal does not know refuses the whole bundle, naming the entry")
    func unknownPatient() async throws {
        try await withTestApp { world in
            let known = try await Fixtures.patient(world, bornYearsAgo: 8)
            let stranger = Patient(
                medicalRecordNumber: "MRN-NOT-HERE", legalName: "Nobody", birthDate: "2015-01-01", sex: "unknown",
                zipCode: "60614")
            var bundle = ClinicalBundles.immunizations(for: known)
            bundle = bundle.appending(ClinicalBundles.immunizations(for: stranger)["entry"]![0]!)
            bundle["entry"]?[1]?["resource"]?["identifier"] = FHIRBuilder.identifier("imm-other")
            await #expect {
                _ = try await Self.run(world, bundle)
            } throws: { error in
                let problem = error as? BundleProblem
                return problem?.entry == 1 && problem?.field == "patient"
                    && problem?.description.contains("no patient in the portal") == true
                    && problem?.description.contains("MRN-NOT-HERE") == false
            }
            #expect(try await StoredImmunization.query(on: world.app.db).count() == 0)
        }
    }

    @Test("A failure while writing leaves nothing of the bundle behind")
    func allOrNothing() async throws {
        try await withTestApp { world in
            let first = try await Fixtures.patient(world, name: "First Child", bornYearsAgo: 8)
            let second = try await Fixtures.patient(world, name: "Second Child", bornYearsAgo: 6)
            _ = try await Self.run(world, ClinicalBundles.immunizations(for: first))
            // The same identifier now claims to be the second child's: refused, with the
            // blood count in the same bundle.
            let moved = ClinicalBundles.bloodCount(for: second, now: world.now)
                .appending(ClinicalBundles.immunizations(for: second)["entry"]![0]!)
            await #expect {
                _ = try await Self.run(world, moved)
            } throws: { error in
                (error as? BundleProblem)?.description.contains("another patient's record") == true
            }
            #expect(try await StoredLabResult.query(on: world.app.db).count() == 0)
            #expect(try await StoredLabReport.query(on: world.app.db).count() == 0)
            #expect(try await StoredImmunization.query(on: world.app.db).filter(\.$patientID == second.id!).count() == 0)
        }
    }

    @Test("Each patient whose record was written gets one audit event")
    func audited() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            _ = try await Self.run(world, ClinicalBundles.bloodCount(for: patient, now: world.now))
            let events = try await AuditEvent.query(on: world.app.db).filter(\.$action == "record.imported").all()
            #expect(events.count == 1 && events.first?.patientID == patient.id?.uuidString.lowercased())
        }
    }
}

extension JSONValue {
    func appending(_ entry: JSONValue) -> JSONValue {
        var copy = self
        if case .array(let entries) = copy["entry"] { copy["entry"] = .array(entries + [entry]) }
        return copy
    }
}
