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
    /// How new items count as released to families.
    var release = Release.onArrival

    enum Release: Sendable {
        /// Released as they reach the portal, with a notice e-mail: the EHR's live feed.
        case onArrival
        /// A load of history (a first import, the demo data): each item counts as released
        /// when the laboratory issued it, and nobody is e-mailed about years-old results.
        case asIssued
    }

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
            let (results, singles, origins) = Self.reportsForSingleResults(bundle)
            var writer = Writer(
                db: db, zone: zone, now: now, total: bundle.recordCount + singles.count, release: release,
                progress: progress)
            writer.patients = try await matchPatients(bundle, on: db)
            writer.summary.patientsMatched = Set(bundle.patients).count
            var reports = try await writer.upsert(LabReport.self, bundle.labReports, origins: origins)
            let singleReports = try await writer.upsert(LabReport.self, singles, origins: origins, tallyAs: nil)
            reports.items.merge(singleReports.items) { first, _ in first }
            reports.created += singleReports.created
            try await writer.upsert(LabResult.self, results, origins: origins) { item, record in
                item.$report.id = record.reportKey.flatMap { reports.items[$0]?.id }
            }
            let imaging = try await writer.upsert(ImagingReport.self, bundle.imagingReports, origins: bundle.origins)
            try await writer.upsert(Medication.self, bundle.medications, origins: bundle.origins)
            try await writer.upsert(Allergy.self, bundle.allergies, origins: bundle.origins)
            try await writer.upsert(Immunization.self, bundle.immunizations, origins: bundle.origins)
            try await writer.upsert(ClinicalDocument.self, bundle.documents, origins: bundle.origins)
            let departments = try await matchDepartments(bundle, on: db)
            let appointments = bundle.appointments.map { record in
                var labeled = record
                let department = departments[record.departmentKey]!
                labeled.header.sensitivity =
                    AppointmentLabel.of(
                        source: record.header.label, departmentCategory: department.confidentialCategory
                    ).storageValue
                return labeled
            }
            try await writer.upsert(Appointment.self, appointments, origins: bundle.origins) { item, record in
                item.$department.id = departments[record.departmentKey]!.id!
                // The video room is made once and kept through every later version.
                if item.isVideo && item.videoRoom == nil { item.videoRoom = RandomToken.make() }
            }

            // A report's results arrive with it: the report is the news, once.
            let shown = { (status: String) in status != "entered-in-error" }
            let news =
                reports.created.filter { shown($0.status) }.map {
                    NewInformationNotices.NewItem(patientID: $0.patientID, sensitivity: $0.sensitivity)
                }
                + imaging.created.filter { shown($0.status) }.map { .init(patientID: $0.patientID, sensitivity: $0.sensitivity) }
            if release == .onArrival {
                writer.summary.noticesQueued = try await NewInformationNotices.queue(
                    for: news, db: db, config: config, now: now)
            }
            return (writer.summary, Set(writer.patients.values))
        }
    }

    /// A result the laboratory sent without a report is listed as a report of its own, so the
    /// results list, its pages and its "new" marks deal with reports only.
    static func reportsForSingleResults(
        _ bundle: ClinicalBundle
    ) -> ([LabResultRecord], [LabReportRecord], [String: ClinicalBundle.EntryOrigin]) {
        var results = bundle.labResults
        var singles: [LabReportRecord] = []
        var origins = bundle.origins
        for index in results.indices where results[index].reportKey == nil {
            let result = results[index]
            var header = result.header
            header.sourceKey = "single-result|\(result.header.sourceKey)"
            singles.append(
                LabReportRecord(
                    header: header, panel: result.test, status: result.status, collectedAt: result.collectedAt,
                    issuedAt: result.issuedAt, resultKeys: [result.header.sourceKey], conclusion: nil))
            results[index].reportKey = header.sourceKey
            origins[header.sourceKey] = origins[result.header.sourceKey]
        }
        return (results, singles, origins)
    }

    /// Every appointment's Location must be a department the portal knows: its label, its
    /// schedulers and its address come from there, and an unknown one would be filed nowhere.
    private func matchDepartments(_ bundle: ClinicalBundle, on db: any Database) async throws -> [String: Department] {
        guard !bundle.appointments.isEmpty else { return [:] }
        let keys = Array(Set(bundle.appointments.map(\.departmentKey)))
        let found = try await Department.query(on: db).filter(\.$ehrKey ~~ keys).all()
        let byKey = Dictionary(found.map { ($0.ehrKey, $0) }) { first, _ in first }
        if let unknown = bundle.appointments.first(where: { byKey[$0.departmentKey] == nil }),
            let origin = bundle.origins[unknown.header.sourceKey]
        {
            throw origin.problem(
                "participant", "names a Location that is no department of the portal (\(unknown.departmentKey))")
        }
        return byKey
    }

    /// Every record number in the bundle must name a patient of the portal. An unknown one
    /// is reported at the first entry that uses it (the record number itself stays out of the
    /// message: it identifies a patient).
    private func matchPatients(_ bundle: ClinicalBundle, on db: any Database) async throws -> [String: UUID] {
        var firstUse: [String: (origin: ClinicalBundle.EntryOrigin, field: String)] = [:]
        func note(_ number: String, _ origin: ClinicalBundle.EntryOrigin?, _ field: String) {
            guard let origin else { return }
            if let known = firstUse[number], known.origin.index <= origin.index { return }
            firstUse[number] = (origin, field)
        }
        for (number, origin) in bundle.patientOrigins { note(number, origin, "identifier") }
        let headers: [(RecordHeader, String)] =
            bundle.labReports.map { ($0.header, "subject") } + bundle.labResults.map { ($0.header, "subject") }
            + bundle.imagingReports.map { ($0.header, "subject") } + bundle.medications.map { ($0.header, "subject") }
            + bundle.allergies.map { ($0.header, "patient") } + bundle.immunizations.map { ($0.header, "patient") }
            + bundle.documents.map { ($0.header, "subject") } + bundle.appointments.map { ($0.header, "participant") }
        for (header, field) in headers { note(header.recordNumber, bundle.origins[header.sourceKey], field) }
        let numbers = Array(Set(bundle.patients).union(headers.map(\.0.recordNumber)))
        let found = try await Patient.query(on: db).filter(\.$medicalRecordNumber ~~ numbers).all()
        let ids = Dictionary(found.map { ($0.medicalRecordNumber, $0.id!) }) { first, _ in first }
        let unknown = numbers.filter { ids[$0] == nil }.compactMap { firstUse[$0] }.min { $0.origin.index < $1.origin.index }
        if let unknown {
            throw unknown.origin.problem(unknown.field, "no patient in the portal has this record number")
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
    let release: ClinicalImport.Release
    let progress: @Sendable (Int, Int) -> Void
    var patients: [String: UUID] = [:]
    var summary = ImportSummary()
    var written = 0

    struct Written<Item: ImportableItem> {
        var items: [String: Item] = [:]
        var created: [Item] = []
    }

    /// New items are inserted in batches; SQLite allows some 32,000 values per statement.
    static let batchSize = 400

    /// Creates, updates or leaves each record's item, counting it under `tallyAs` (the
    /// resource type; nil for items the portal makes for itself).
    @discardableResult
    mutating func upsert<Item: ImportableItem>(
        _ type: Item.Type, _ records: [Item.Record], origins: [String: ClinicalBundle.EntryOrigin],
        tallyAs resourceType: String? = Item.resourceType, also adjust: (Item, Item.Record) -> Void = { _, _ in }
    ) async throws -> Written<Item> {
        var result = Written<Item>()
        guard !records.isEmpty else { return result }
        var tally = ImportSummary.Tally()
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
                item.take(record, in: zone, now: now)
                adjust(item, record)
                item.releasedAt = release == .asIssued ? min(item.issuedMoment ?? now, now) : now
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
        if let resourceType {
            var total = summary.byResource[resourceType] ?? ImportSummary.Tally()
            total.created += tally.created
            total.updated += tally.updated
            total.unchanged += tally.unchanged
            summary.byResource[resourceType] = total
        }
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
