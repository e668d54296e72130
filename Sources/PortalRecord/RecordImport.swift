import Fluent
import Foundation
import PortalCore
import PortalFHIR
import SQLKit

/// Writes a read FHIR bundle's items into the health record, in the caller's transaction.
///
/// Items are found again by their identifier in the EHR. The same version imported twice
/// changes nothing; a newer one (by `meta.lastUpdated`, or any different content when the
/// sender gives no version) replaces the stored values; an older one is ignored. A
/// clinician's restriction survives every update.
public enum RecordImport {
    /// How new items count as released to families.
    public enum Release: Sendable {
        /// Released as they reach the portal, with a notice e-mail: the EHR's live feed.
        case onArrival
        /// A load of history (a first import, the demo data): each item counts as released
        /// when the laboratory issued it, and nobody is e-mailed about years-old results.
        case asIssued
    }

    /// A new report a family may be told about: whose, and under which label.
    public struct NewItem: Sendable, Equatable {
        public let patientID: UUID
        public let sensitivity: Sensitivity
        public let reference: RecordItemReference
    }

    /// A family's request for a visit still waiting in a department, with its label: a
    /// scheduler may enter its visit in the EHR before booking it in the portal, and the
    /// EHR's copy must not show to anyone the request is kept from meanwhile.
    public struct WaitingRequest: Sendable, Hashable {
        public let requestID: UUID
        public let patientID: UUID
        public let departmentID: UUID
        public let label: Sensitivity

        public init(requestID: UUID, patientID: UUID, departmentID: UUID, label: Sensitivity) {
            self.requestID = requestID
            self.patientID = patientID
            self.departmentID = departmentID
            self.label = label
        }
    }

    public struct Outcome: Sendable {
        public var summary: ImportSummary
        /// New laboratory and imaging reports, not entered in error: the news of the import.
        public var news: [NewItem]
        /// Visits the import changed, with their labels now: what the family made about them follows.
        public var changedVisits: [(id: UUID, label: Sensitivity)] = []
    }

    /// The EHR's writer: it sets labels, so only the import imports it (`@_spi(RecordImport)`).
    /// `patients` maps every record number in the bundle to a patient, `departments` every
    /// appointment's Location key to its department; the caller has checked both.
    @_spi(RecordImport)
    public static func write(
        _ bundle: ClinicalBundle, patients: [String: UUID], departments: [String: Department], release: Release,
        waiting: [WaitingRequest] = [], zone: TimeZone, now: Date, progress: @escaping @Sendable (Int, Int) -> Void,
        on db: any Database
    ) async throws -> Outcome {
        let storedReports = try await reportsOfStoredValues(bundle.labResults.filter { $0.reportKey == nil }, on: db)
        let (results, singles, origins) = reportsForSingleResults(bundle, keeping: storedReports)
        var writer = ImportWriter(
            db: db, zone: zone, now: now, total: bundle.recordCount + singles.count, release: release, progress: progress)
        writer.patients = patients
        writer.summary.patientsMatched = Set(bundle.patients).count
        var reports = try await writer.upsert(StoredLabReport.self, bundle.labReports, origins: origins, keepsUnchanged: true)
        let singleReports = try await writer.upsert(
            StoredLabReport.self, singles, origins: origins, tallyAs: nil, keepsUnchanged: true)
        reports.items.merge(singleReports.items) { first, _ in first }
        for report in storedReports.values {
            reports.items[report.sourceKey ?? ""] = reports.items[report.sourceKey ?? ""] ?? report
        }
        reports.created += singleReports.created
        var leftReports: Set<UUID> = []
        // The reports whose values, or which themselves, changed: only their labels can move.
        var touchedReports = Set((reports.created + reports.updated + singleReports.updated).map { $0.id! })
        try await writer.upsert(StoredLabResult.self, results, origins: origins) { item, record in
            let report = record.reportKey.flatMap { reports.items[$0] }
            if let previous = item.$report.id, previous != report?.id { leftReports.insert(previous) }
            item.$report.id = report?.id
            if let id = report?.id { touchedReports.insert(id) }
            if let report { item.inheritLabel(from: report) }
        }
        try await removeEmptySingleResultReports(leftReports, on: db)
        for left in try await StoredLabReport.query(on: db).filter(\.$id ~~ Array(leftReports)).all() {
            reports.items[left.sourceKey ?? ""] = reports.items[left.sourceKey ?? ""] ?? left
        }
        // A report relabelled or restricted since its values came: the values follow it; and a
        // report whose values are all more private than it follows them.
        try await relabelValues(of: reports.updated, on: db)
        try await followValues(
            ofReports: reports.items.values.filter { touchedReports.contains($0.id!) || leftReports.contains($0.id!) },
            on: db)
        let imaging = try await writer.upsert(StoredImagingReport.self, bundle.imagingReports, origins: bundle.origins)
        try await writer.upsert(StoredMedication.self, bundle.medications, origins: bundle.origins)
        try await writer.upsert(StoredAllergy.self, bundle.allergies, origins: bundle.origins)
        try await writer.upsert(StoredImmunization.self, bundle.immunizations, origins: bundle.origins)
        try await writer.upsert(StoredClinicalDocument.self, bundle.documents, origins: bundle.origins)
        let appointments = bundle.appointments.map { record in
            var labeled = record
            let department = departments[record.departmentKey]!
            labeled.header.sensitivity =
                AppointmentLabel.of(source: record.header.label, departmentLabel: department.label)
                .storageValue
            return labeled
        }
        try await writer.adoptBookings(appointments, departments: departments)
        let visits = try await writer.upsert(StoredAppointment.self, appointments, origins: bundle.origins) { item, record in
            item.$department.id = departments[record.departmentKey]!.id!
            item.keepBookedLabel()
            // The video room is made once and kept through every later version.
            if item.isVideo && item.videoRoom == nil { item.videoRoom = RandomToken.make() }
        }
        try await holdForWaitingRequests(visits.created, waiting, now: now, on: db)

        // A report's results arrive with it: the report is the news, once.
        let shown = { (status: String) in status != "entered-in-error" }
        let news =
            reports.created.filter { shown($0.status) }.map {
                NewItem(patientID: $0.patientID, sensitivity: $0.sensitivity, reference: .init(.labReport, $0.id!))
            }
            + imaging.created.filter { shown($0.status) }.map {
                NewItem(patientID: $0.patientID, sensitivity: $0.sensitivity, reference: .init(.imagingReport, $0.id!))
            }
        // A visit's documents, new or not, and the documents of visits that changed.
        try await VisitDocuments.follow(
            visits: Set(bundle.documents.compactMap(\.visitKey) + (visits.created + visits.updated).compactMap(\.sourceKey)),
            on: db)
        var outcome = Outcome(summary: writer.summary, news: news)
        outcome.changedVisits = visits.updated.map { ($0.id!, $0.sensitivity) }
        return outcome
    }

    /// A result the laboratory sent without a report is listed as a report of its own, so the
    /// results list, its pages and its "new" marks deal with reports only.
    private static func relabelValues(of reports: [StoredLabReport], on db: any Database) async throws {
        guard !reports.isEmpty else { return }
        let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.id!, $0) })
        for value in try await StoredLabResult.query(on: db).filter(\.$report.$id ~~ Array(byID.keys)).all() {
            guard let report = value.$report.id.flatMap({ byID[$0] }) else { continue }
            let before = value.sensitivityValue
            value.inheritLabel(from: report)
            if value.sensitivityValue != before { try await value.update(on: db) }
        }
    }

    /// A new, upcoming visit from the EHR in a department where a request of the patient's
    /// waits under a stricter label (a teen's private request) may be that request's visit,
    /// entered before the portal booked it: it is held under that label until the request is
    /// booked (the booking adopts it, or releases it), declined or withdrawn
    /// (`PatientRecord.releaseHolds`). A family member's own visit there meanwhile is held
    /// too: failing closed, for the days the request waits.
    private static func holdForWaitingRequests(
        _ visits: [StoredAppointment], _ waiting: [WaitingRequest], now: Date, on db: any Database
    ) async throws {
        guard !waiting.isEmpty else { return }
        for visit in visits where visit.start >= now {
            let candidates = waiting.filter { $0.patientID == visit.patientID && $0.departmentID == visit.$department.id }
            guard let strictest = candidates.max(by: { $0.label.tier < $1.label.tier }),
                strictest.label.tier > visit.ownLabel.tier
            else { continue }
            visit.heldSensitivity = strictest.label.storageValue
            visit.heldForRequest = strictest.requestID
            visit.keepBookedLabel()
            try await visit.update(on: db)
        }
    }

    /// Brings each report to the label its values allow (`followParts`), saving those that
    /// change. Only the values' labels are read.
    private static func followValues(ofReports reports: [StoredLabReport], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw NotAnSQLDatabase() }
        for slice in reports.batches() {
            // Values entered in error are shown to nobody: they allow nothing.
            let rows = try await sql.select().columns("report_id", "sensitivity", "source_sensitivity")
                .from(StoredLabResult.schema)
                .where("report_id", .in, slice.map { $0.id! })
                .where("status", .notEqual, "entered-in-error").all()
            var labels: [UUID: [Sensitivity]] = [:]
            for row in rows {
                let own =
                    try row.optional("source_sensitivity", as: String.self)
                    ?? row.decode(column: "sensitivity", as: String.self)
                labels[try row.decode(column: "report_id", as: UUID.self), default: []].append(Sensitivity(storageValue: own))
            }
            for report in slice {
                let before = (report.sensitivityValue, report.sourceSensitivity)
                report.followParts(labels: labels[report.id!] ?? [])
                if before != (report.sensitivityValue, report.sourceSensitivity) { try await report.update(on: db) }
            }
        }
    }

    /// A value sent again without its report (a correction) stays in the report it came in,
    /// under that report's label and mark: keyed by the value's source key.
    static func reportsOfStoredValues(_ lone: [LabResultRecord], on db: any Database) async throws -> [String: StoredLabReport] {
        let keys = lone.map(\.header.sourceKey)
        var found: [String: StoredLabReport] = [:]
        for slice in keys.batches() {
            for value in try await StoredLabResult.query(on: db).filter(\.$sourceKey ~~ slice).with(\.$report).all() {
                if let key = value.sourceKey, let report = value.report, !(report.sourceKey ?? "").hasPrefix(singleResultPrefix) {
                    found[key] = report
                }
            }
        }
        return found
    }

    static let singleResultPrefix = "single-result|"

    /// A value that arrived before its report had a report of its own; once the value has
    /// joined its real report, the stand-in (named after the test, with the value's weaker
    /// label) would tell a parent what the real report hides: it goes.
    static func removeEmptySingleResultReports(_ ids: Set<UUID>, on db: any Database) async throws {
        guard !ids.isEmpty else { return }
        let standIns = try await StoredLabReport.query(on: db).filter(\.$id ~~ Array(ids))
            .filter(\.$sourceKey =~ singleResultPrefix).all()
        for report in standIns {
            guard try await StoredLabResult.query(on: db).filter(\.$report.$id == report.id!).count() == 0 else { continue }
            try await report.delete(on: db)
        }
    }

    static func reportsForSingleResults(
        _ bundle: ClinicalBundle, keeping stored: [String: StoredLabReport] = [:]
    ) -> ([LabResultRecord], [LabReportRecord], [String: ClinicalBundle.EntryOrigin]) {
        var results = bundle.labResults
        var singles: [LabReportRecord] = []
        var origins = bundle.origins
        for index in results.indices where results[index].reportKey == nil {
            let result = results[index]
            if let report = stored[result.header.sourceKey] {
                results[index].reportKey = report.sourceKey
                continue
            }
            var header = result.header
            header.sourceKey = "\(singleResultPrefix)\(result.header.sourceKey)"
            singles.append(
                LabReportRecord(
                    header: header, panel: result.test, status: result.status, collectedAt: result.collectedAt,
                    issuedAt: result.issuedAt, resultKeys: [result.header.sourceKey], conclusion: nil))
            results[index].reportKey = header.sourceKey
            origins[header.sourceKey] = origins[result.header.sourceKey]
        }
        return (results, singles, origins)
    }

}

/// The writing half of one import, inside its transaction.
struct ImportWriter {
    let db: any Database
    let zone: TimeZone
    let now: Date
    let total: Int
    let release: RecordImport.Release
    let progress: @Sendable (Int, Int) -> Void
    var patients: [String: UUID] = [:]
    var summary = ImportSummary()
    var written = 0

    struct Written<Item: ImportableItem> {
        var items: [String: Item] = [:]
        var created: [Item] = []
        var updated: [Item] = []
    }

    /// New items are inserted in batches: one statement takes at most 32,766 values (SQLite's
    /// default limit, which `NewRows` keeps to on both databases).
    static let batchSize = 400

    /// Creates, updates or leaves each record's item, counting it under `tallyAs` (the
    /// resource type; nil for items the portal makes for itself). `items` holds the items
    /// written, and the unchanged ones too when `keepsUnchanged`.
    @discardableResult
    mutating func upsert<Item: ImportableItem>(
        _ type: Item.Type, _ records: [Item.Record], origins: [String: ClinicalBundle.EntryOrigin],
        tallyAs resourceType: String? = Item.resourceType, keepsUnchanged: Bool = false,
        also adjust: (Item, Item.Record) -> Void = { _, _ in }
    ) async throws -> Written<Item> {
        var result = Written<Item>()
        guard !records.isEmpty else { return result }
        var tally = ImportSummary.Tally()
        let versions = try await storedVersions(of: Item.self, keys: records.map { Item.header(of: $0).sourceKey })
        let hashes = try records.map { try Item.contentHash(of: $0) }
        // Only the items about to change are read whole; an unchanged one costs its version.
        var wanted: [UUID] = []
        for (record, hash) in zip(records, hashes) {
            let header = Item.header(of: record)
            guard let stored = versions[header.sourceKey] else { continue }
            if keepsUnchanged || !stored.isCurrent(header, hash: hash) { wanted.append(stored.id) }
        }
        let existing = try await models(of: Item.self, ids: wanted)
        var fresh: [Item] = []
        for (index, record) in records.enumerated() {
            let header = Item.header(of: record)
            let patientID = patients[header.recordNumber]!
            let hash = hashes[index]
            if let stored = versions[header.sourceKey] {
                guard stored.patientID == patientID else {
                    throw origins[header.sourceKey]!.problem(
                        "identifier",
                        "already names an item in another patient's record; the portal does not move items between patients"
                    )
                }
                if stored.isCurrent(header, hash: hash) {
                    if let item = existing[stored.id] { result.items[header.sourceKey] = item }
                    tally.unchanged += 1
                } else {
                    let item = existing[stored.id]!
                    result.items[header.sourceKey] = item
                    item.take(record, in: zone, now: now)
                    apply(header, hash: hash, to: item)
                    adjust(item, record)
                    try await item.update(on: db)
                    result.updated.append(item)
                    tally.updated += 1
                }
            } else {
                let item = Item()
                item.id = UUID()
                item.patientID = patientID
                item.sourceKey = header.sourceKey
                item.take(record, in: zone, now: now)
                item.releasedAt = release == .asIssued ? min(item.issuedMoment ?? now, now) : now
                apply(header, hash: hash, to: item)
                adjust(item, record)
                fresh.append(item)
                result.items[header.sourceKey] = item
                result.created.append(item)
                tally.created += 1
            }
            written += 1
            if written % 500 == 0 { progress(written, total) }
        }
        for slice in fresh.batches() { try await NewRows.insert(slice, on: db) }
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

    /// What decides whether a stored item changes: read for every item of the bundle, so it is
    /// read as plain columns rather than as whole models.
    struct StoredVersion {
        let id: UUID
        let patientID: UUID
        let contentHash: String?
        let sourceUpdatedAt: Date?

        /// The same content, or an older version than the one stored.
        func isCurrent(_ header: RecordHeader, hash: String) -> Bool {
            if contentHash == hash { return true }
            guard let incoming = header.lastUpdated, let stored = sourceUpdatedAt else { return false }
            return incoming < stored
        }
    }

    private func storedVersions<Item: ImportableItem>(of type: Item.Type, keys: [String]) async throws -> [String: StoredVersion]
    {
        guard let sql = db as? any SQLDatabase else { throw NotAnSQLDatabase() }
        var found: [String: StoredVersion] = [:]
        for slice in keys.batches() {
            let rows = try await sql.select()
                .columns("id", "patient_id", "source_key", "content_hash", "source_updated_at").from(Item.schema)
                .where("source_key", .in, slice).all()
            for row in rows {
                found[try row.decode(column: "source_key", as: String.self)] = StoredVersion(
                    id: try row.decode(column: "id", as: UUID.self),
                    patientID: try row.decode(column: "patient_id", as: UUID.self),
                    contentHash: try row.optional("content_hash", as: String.self),
                    sourceUpdatedAt: try row.optional("source_updated_at", as: Date.self))
            }
        }
        return found
    }

    private func models<Item: ImportableItem>(of type: Item.Type, ids: [UUID]) async throws -> [UUID: Item] {
        var found: [UUID: Item] = [:]
        for slice in ids.batches() {
            for item in try await Item.query(on: db)
                .filter(.path([.id], schema: Item.schema), .subset(inverse: false), .array(slice.map { .bind($0) })).all()
            {
                found[item.id!] = item
            }
        }
        return found
    }

    /// The source's version and label; a clinician's mark stays in force over it.
    private func apply<Item: ImportableItem>(_ header: RecordHeader, hash: String, to item: Item) {
        item.contentHash = hash
        item.sourceUpdatedAt = header.lastUpdated
        item.sourceSensitivity = header.sensitivity
        item.sensitivityValue = item.labelInForce(over: Sensitivity(storageValue: header.sensitivity)).storageValue
    }
}
