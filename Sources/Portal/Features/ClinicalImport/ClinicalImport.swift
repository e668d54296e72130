import Fluent
import Foundation
import PortalCore
import PortalFHIR

/// Writes a FHIR bundle into the health record: all of it in one transaction, or nothing.
///
/// Items are found again by their identifier in the EHR. The same version imported twice
/// changes nothing; a newer one (by `meta.lastUpdated`, or any different content when the
/// sender gives no version) replaces the stored values; an older one is ignored. A
/// clinician's restriction survives every update. New results queue one notice per member
/// who may see them, in the same transaction.
struct ClinicalImport {
    let db: any Database
    let zone: TimeZone
    let now: Date
    let config: PortalConfig
    /// Called with (items written, items in the bundle), for a progress bar.
    var progress: @Sendable (Int, Int) -> Void = { _, _ in }
    /// Who imported, for the audit trail: the EHR's client over HTTP, or the command line.
    var auditTemplate = AuditEntry(
        actorKind: .system, actorID: nil, patientID: nil, action: .recordImported, outcome: .success, clientAddress: nil,
        userAgent: "portal import")
    var audit: AuditWriter?

    /// The bundle as bytes, read and validated before anything is written.
    func run(_ data: Data) async throws -> ImportSummary {
        try await run(BundleReader.read(data))
    }

    /// Imports, then records one audit event per patient whose record was written.
    func run(_ bundle: ClinicalBundle) async throws -> ImportSummary {
        let (summary, patientIDs) = try await write(bundle)
        for patientID in patientIDs.sorted(by: { $0.uuidString < $1.uuidString }) {
            var entry = auditTemplate
            entry.patientID = patientID
            try await audit?.append(entry, at: now)
        }
        return summary
    }

    private func write(_ bundle: ClinicalBundle) async throws -> (ImportSummary, Set<UUID>) {
        try await db.transaction { db in
            var writer = Writer(db: db, zone: zone, now: now, total: bundle.recordCount, progress: progress)
            writer.patients = try await matchPatients(bundle, on: db)
            writer.summary.patientsMatched = Set(bundle.patients).count
            let reports = try await writer.upsert(LabReport.self, bundle.labReports, origins: bundle.origins)
            try await writer.upsert(LabResult.self, bundle.labResults, origins: bundle.origins) { item, record in
                item.$report.id = record.reportKey.flatMap { reports.items[$0]?.id }
            }
            let imaging = try await writer.upsert(ImagingReport.self, bundle.imagingReports, origins: bundle.origins)
            try await writer.upsert(Medication.self, bundle.medications, origins: bundle.origins)
            try await writer.upsert(Allergy.self, bundle.allergies, origins: bundle.origins)
            try await writer.upsert(Immunization.self, bundle.immunizations, origins: bundle.origins)
            try await writer.upsert(ClinicalDocument.self, bundle.documents, origins: bundle.origins)

            // A report's results arrive with it: the report is the news, once.
            let shown = { (status: String) in status != "entered-in-error" }
            let news =
                reports.created.filter { shown($0.status) }.map {
                    NewInformationNotices.NewItem(patientID: $0.patientID, sensitivity: $0.sensitivity)
                }
                + imaging.created.filter { shown($0.status) }.map { .init(patientID: $0.patientID, sensitivity: $0.sensitivity) }
                + writer.createdResults.filter { $0.$report.id == nil && shown($0.status) }
                .map { .init(patientID: $0.patientID, sensitivity: $0.sensitivity) }
            writer.summary.noticesQueued = try await NewInformationNotices.queue(for: news, db: db, config: config, now: now)
            return (writer.summary, Set(writer.patients.values))
        }
    }

    /// Every record number in the bundle must name a patient of the portal.
    private func matchPatients(_ bundle: ClinicalBundle, on db: any Database) async throws -> [String: UUID] {
        var numbers = Set(bundle.patients)
        var firstUse: [String: ClinicalBundle.EntryOrigin] = [:]
        func note(_ header: RecordHeader, field: String) {
            numbers.insert(header.recordNumber)
            if firstUse[header.recordNumber] == nil, let origin = bundle.origins[header.sourceKey] {
                firstUse[header.recordNumber] = origin
            }
        }
        bundle.labReports.forEach { note($0.header, field: "subject") }
        bundle.labResults.forEach { note($0.header, field: "subject") }
        bundle.imagingReports.forEach { note($0.header, field: "subject") }
        bundle.medications.forEach { note($0.header, field: "subject") }
        bundle.allergies.forEach { note($0.header, field: "patient") }
        bundle.immunizations.forEach { note($0.header, field: "patient") }
        bundle.documents.forEach { note($0.header, field: "subject") }
        let found = try await Patient.query(on: db).filter(\.$medicalRecordNumber ~~ Array(numbers)).all()
        let ids = Dictionary(found.map { ($0.medicalRecordNumber, $0.id!) }) { first, _ in first }
        for number in numbers.sorted() where ids[number] == nil {
            // The record number itself stays out of the message: it identifies a patient.
            if let origin = firstUse[number] {
                throw origin.problem(
                    origin.resource.hasPrefix("AllergyIntolerance") || origin.resource.hasPrefix("Immunization")
                        ? "patient" : "subject",
                    "no patient in the portal has this record number")
            }
            throw BundleProblem(
                entry: nil, resource: "Patient", field: "identifier",
                message: "a Patient entry has a record number no patient in the portal has")
        }
        return ids
    }
}

/// The writing half of one import, inside its transaction.
private struct Writer {
    let db: any Database
    let zone: TimeZone
    let now: Date
    let total: Int
    let progress: @Sendable (Int, Int) -> Void
    var patients: [String: UUID] = [:]
    var summary = ImportSummary()
    var written = 0
    var createdResults: [LabResult] = []

    struct Written<Item: ImportableItem> {
        var items: [String: Item] = [:]
        var created: [Item] = []
    }

    /// New items are inserted in batches; SQLite allows some 32,000 values per statement.
    static let batchSize = 400

    @discardableResult
    mutating func upsert<Item: ImportableItem>(
        _ type: Item.Type, _ records: [Item.Record], origins: [String: ClinicalBundle.EntryOrigin],
        also adjust: (Item, Item.Record) -> Void = { _, _ in }
    ) async throws -> Written<Item> {
        var result = Written<Item>()
        guard !records.isEmpty else { return result }
        var tally = summary.byResource[Item.resourceType] ?? ImportSummary.Tally()
        var existing: [String: Item] = [:]
        let keys = records.map { Item.header(of: $0).sourceKey }
        for chunk in stride(from: 0, to: keys.count, by: Self.batchSize) {
            let slice = Array(keys[chunk..<min(chunk + Self.batchSize, keys.count)])
            for item in try await Item.query(on: db)
                .filter(
                    .path([ClinicalColumns.sourceKey], schema: Item.schema), .subset(inverse: false),
                    .array(slice.map { .bind($0) })
                )
                .all()
            {
                existing[item.sourceKey ?? ""] = item
            }
        }
        var fresh: [Item] = []
        for record in records {
            let header = Item.header(of: record)
            let patientID = patients[header.recordNumber]!
            let hash = Item.contentHash(of: record)
            if let item = existing[header.sourceKey] {
                guard item.patientID == patientID else {
                    throw origins[header.sourceKey]!.problem(
                        "identifier",
                        "already names an item in another patient's record; the portal does not move items between patients"
                    )
                }
                result.items[header.sourceKey] = item
                let isOlder = header.lastUpdated.map { incoming in item.sourceUpdatedAt.map { incoming < $0 } ?? false } ?? false
                if item.contentHash == hash || isOlder {
                    tally.unchanged += 1
                } else {
                    item.take(record, in: zone, now: now)
                    adjust(item, record)
                    apply(header, hash: hash, to: item)
                    try await item.update(on: db)
                    tally.updated += 1
                }
            } else {
                let item = Item()
                item.id = UUID()
                item.patientID = patientID
                item.sourceKey = header.sourceKey
                item.releasedAt = now
                item.take(record, in: zone, now: now)
                adjust(item, record)
                apply(header, hash: hash, to: item)
                fresh.append(item)
                result.items[header.sourceKey] = item
                result.created.append(item)
                tally.created += 1
            }
            written += 1
            if written % 500 == 0 { progress(written, total) }
        }
        for chunk in stride(from: 0, to: fresh.count, by: Self.batchSize) {
            try await Array(fresh[chunk..<min(chunk + Self.batchSize, fresh.count)]).create(on: db)
        }
        if let results = result.created as? [LabResult] { createdResults += results }
        summary.byResource[Item.resourceType] = tally
        progress(written, total)
        return result
    }

    /// The source's version and label; a clinician's restriction stays in force over it.
    private func apply<Item: ImportableItem>(_ header: RecordHeader, hash: String, to item: Item) {
        item.contentHash = hash
        item.sourceUpdatedAt = header.lastUpdated
        item.sourceSensitivity = header.sensitivity
        item.sensitivityValue = item.restrictedAt == nil ? header.sensitivity : Sensitivity.restricted.storageValue
    }
}
