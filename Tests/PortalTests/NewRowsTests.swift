import FluentKit
import Foundation
import PortalFHIR
import Testing

@testable import Portal
@testable import PortalRecord

/// The import writes its new items with `NewRows`, its own statement, rather than Fluent's
/// batch create: the rows must be the ones Fluent would have written.
@Suite("New items written in one statement")
struct NewRowsTests {
    @Test("Each kind of imported item is written as Fluent's create writes it, timestamps included")
    func sameRowsAsFluent() async throws {
        try await withTestApp { world in
            _ = try await HealthRecordPagesTests.family(world)
            let db = world.app.db
            try await Self.compare(StoredLabReport.self, on: db)
            try await Self.compare(StoredLabResult.self, on: db)
            try await Self.compare(StoredImagingReport.self, on: db)
            try await Self.compare(StoredMedication.self, on: db)
            try await Self.compare(StoredAllergy.self, on: db)
            try await Self.compare(StoredImmunization.self, on: db)
            try await Self.compare(StoredClinicalDocument.self, on: db)
            try await Self.compare(StoredAppointment.self, on: db)
        }
    }

    @Test("A field never set takes the column's default, as in Fluent's create")
    func unsetFields() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let item = try Self.allergy(of: patient, key: "urn:test|unset", at: world.now)
            item.sourceSensitivity = "confidential"
            try await NewRows.insert([item], on: world.app.db)
            #expect(item._$idExists)
            let stored = try #require(try await StoredAllergy.find(item.id, on: world.app.db))
            #expect(stored.substance == "Peanut" && stored.severity == nil && stored.recordedOn == nil)
            #expect(stored.sensitivityValue == "normal" && stored.sourceSensitivity == "confidential")
            // Stamped with the time of writing, as Fluent stamps them (the clock, not the test's).
            let created = try #require(stored.createdAt)
            #expect(stored.updatedAt == created && abs(created.timeIntervalSinceNow) < 60)
            // A saved item updates as one Fluent created.
            item.severity = "severe"
            try await item.update(on: world.app.db)
            #expect(try await StoredAllergy.find(item.id, on: world.app.db)?.severity == "severe")
        }
    }

    @Test("An import of more new items than one statement takes writes each of them once, in batches")
    func severalBatches() async throws {
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let count = ImportWriter.batchSize * 2 + 50
            let values = (0..<count).map { index in
                let collected = world.now.addingTimeInterval(-3_600 * Double(index + 1))
                return FHIRBuilder.labResult(
                    id: "glucose-\(index)", recordNumber: patient.medicalRecordNumber, loinc: "2345-7", name: "Glucose",
                    value: Double(70 + index), unit: "mg/dL", collected: collected, issued: collected)
            }
            let bundle = FHIRBuilder.bundle(
                [
                    FHIRBuilder.patient(
                        recordNumber: patient.medicalRecordNumber, name: patient.legalName, birthDate: patient.birthDate)
                ]
                    + values)
            let summary = try await ClinicalImportTests.run(world, bundle)
            #expect(summary.byResource["Observation"]?.created == count)
            let stored = try await StoredLabResult.query(on: world.app.db).all()
            #expect(stored.count == count)
            #expect(Set(stored.compactMap(\.valueNumber)) == Set((0..<count).map { Double(70 + $0) }))
            // Each value without a report has one of its own, from the same batches.
            #expect(try await StoredLabReport.query(on: world.app.db).count() == count)
            #expect(stored.allSatisfy { $0.$report.id != nil && $0.createdAt != nil })
        }
    }

    @Test("A model with a kind of timestamp NewRows does not stamp, or more values than one statement takes, is refused")
    func refusesWhatItCannotWrite() async throws {
        let iso = TimestampProperty<StoredAllergy, ISO8601TimestampFormat>(key: "checked_at", on: .create, format: .iso8601)
        #expect(NewRows.isOtherTimestamp(iso))
        #expect(!NewRows.isOtherTimestamp(StoredAllergy().$createdAt))
        #expect(!NewRows.isOtherTimestamp(StoredAllergy().$substance))
        try await withTestApp { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let items = try (0..<3_000).map { try Self.allergy(of: patient, key: "urn:test|wide-\($0)", at: world.now) }
            await #expect(throws: NewRows.RowsRefused.self) { try await NewRows.insert(items, on: world.app.db) }
            #expect(try await StoredAllergy.query(on: world.app.db).count() == 0)
        }
    }

    /// An allergy with its required fields only: the others are never set.
    private static func allergy(of patient: Patient, key: String, at now: Date) throws -> StoredAllergy {
        let item = StoredAllergy()
        item.id = UUID()
        item.patientID = try patient.requireID()
        item.sourceKey = key
        item.substance = "Peanut"
        item.reactions = "Hives"
        item.clinicalStatus = "active"
        item.contentHash = "required-only"
        item.sensitivityValue = "normal"
        item.sourceSensitivity = "normal"
        item.releasedAt = now
        return item
    }

    /// Copies of every stored item of a kind, written once by Fluent and once by `NewRows`,
    /// read back the same but for their ids, source keys and the moments they were written.
    private static func compare<Item: ImportableItem>(_ type: Item.Type, on db: any Database) async throws {
        let stored = try await Item.query(on: db).all()
        #expect(!stored.isEmpty, "the demo record has no \(Item.schema)")
        let byFluent = try copies(of: stored, marked: "fluent")
        let byNewRows = try copies(of: stored, marked: "new-rows")
        try await byFluent.create(on: db)
        try await NewRows.insert(byNewRows, on: db)
        for (fluent, newRows) in zip(byFluent, byNewRows) {
            let written = try #require(try await Item.find(fluent.id, on: db))
            let ours = try #require(try await Item.find(newRows.id, on: db))
            #expect(try comparable(ours) == comparable(written), "\(Item.schema) written differently")
            #expect(try stamped(ours) == stamped(written), "\(Item.schema) stamped differently")
        }
    }

    private static func copies<Item: ImportableItem>(of items: [Item], marked mark: String) throws -> [Item] {
        try items.map { item in
            let copy = try JSONDecoder().decode(Item.self, from: JSONEncoder().encode(item))
            copy.id = UUID()
            copy.sourceKey = "\(mark)|\(item.sourceKey ?? "")"
            if let appointment = copy as? StoredAppointment, appointment.videoRoom != nil {
                appointment.videoRoom = "\(mark)-\(UUID().uuidString)"
            }
            copy._$idExists = false
            return copy
        }
    }

    private static func json(_ item: some Model) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(item)) as? [String: Any] ?? [:]
    }

    /// Which of its two times the item has (kinds without them have neither either way).
    private static func stamped(_ item: some Model) throws -> [Bool] {
        let fields = try json(item)
        return ["createdAt", "updatedAt"].map { fields[$0] != nil && !(fields[$0] is NSNull) }
    }

    private static func comparable(_ item: some Model) throws -> String {
        var fields = try json(item)
        for key in ["id", "sourceKey", "videoRoom", "createdAt", "updatedAt"] { fields[key] = nil }
        let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
