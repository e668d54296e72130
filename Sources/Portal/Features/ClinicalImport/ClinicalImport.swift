import Fluent
import Foundation
import PortalCore
import PortalFHIR
@_spi(RecordImport) import PortalRecord

/// Writes a FHIR bundle into the health record: all of it in one transaction, or nothing.
/// The portal's patients and departments are matched here; `RecordImport` writes the items.
/// New results queue one notice per member who may see them, in the same transaction.
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
    /// Nil while demo data is seeded: nothing is audited then.
    var audit: AuditWriter?
    var release = RecordImport.Release.onArrival

    /// The bundle as bytes, read and validated before anything is written.
    func run(_ data: Data) async throws -> ImportSummary {
        try await run(BundleReader.read(data, recordNumberSystem: config.configuredRecordNumberSystem))
    }

    /// Imports, with one audit event per patient whose record was written, in the import's
    /// own transaction.
    func run(_ bundle: ClinicalBundle) async throws -> ImportSummary {
        let summary = try await write(bundle)
        try await audit?.chainRecorded()
        return summary
    }

    private func write(_ bundle: ClinicalBundle) async throws -> ImportSummary {
        let audited = audit != nil
        return try await db.transaction { [auditTemplate] db in
            // It reads before it writes (and may write only its audit events): on SQLite it
            // takes the write lock first, so the outbox writing meanwhile cannot fail it.
            try await TransactionLock.writeFirst(on: db)
            // A department marked confidential meanwhile waits, so no visit is written under the label it had.
            try await TransactionLock.share(DepartmentSetupController.labelsLock, on: db)
            let patients = try await matchPatients(bundle, on: db)
            let departments = try await matchDepartments(bundle, on: db)
            var outcome = try await RecordImport.write(
                bundle, patients: patients, departments: departments, release: release,
                waiting: try await Self.waitingRequests(of: Array(Set(patients.values)), bundle, on: db), zone: zone,
                now: now, progress: progress, on: db)
            for visit in outcome.changedVisits {
                try await VisitFacts.follow(visit: visit.id, now: visit.label, on: db)
            }
            if !bundle.questionnaires.isEmpty {
                outcome.summary.byResource["Questionnaire"] = try await Questionnaires.store(
                    bundle.questionnaires, now: now, on: db)
            }
            if release == .onArrival {
                outcome.summary.noticesQueued = try await NewInformationNotices.queue(
                    for: outcome.news, db: db, config: config, now: now)
            }
            for patientID in Set(patients.values).sorted(by: { $0.uuidString < $1.uuidString }) where audited {
                var entry = auditTemplate
                entry.patientID = patientID
                try await audit?.record(entry, at: now, on: db)
            }
            return outcome.summary
        }
    }

    /// The appointment requests waiting for the bundle's patients, when it carries visits.
    private static func waitingRequests(
        of patients: [UUID], _ bundle: ClinicalBundle, on db: any Database
    ) async throws -> [RecordImport.WaitingRequest] {
        guard !bundle.appointments.isEmpty, !patients.isEmpty else { return [] }
        return try await SchedulingRequest.query(on: db).filter(\.$patient.$id ~~ patients)
            .filter(\.$kind == .appointment).filter(\.$status ~~ [.open, .alternativesOffered]).all()
            .map {
                .init(
                    requestID: try $0.requireID(), patientID: $0.$patient.id, departmentID: $0.$department.id,
                    label: $0.sensitivity)
            }
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
