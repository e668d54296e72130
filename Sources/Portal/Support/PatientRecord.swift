import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// A patient's clinical items as one viewer may see them. It exists only for an
/// `AuthorizedPatient`, and every query below filters by that patient and by the labels the
/// access decision allows, in the database: a hidden item is never loaded, so it cannot be
/// listed, counted, printed or hinted at by mistake. Clinical models are queried nowhere
/// else (a test checks the sources).
///
/// Families also never see items entered in error, documents not yet final, or results
/// newer than the delay the member chose; staff see every item their role allows.
struct PatientRecord: Sendable {
    let authorized: AuthorizedPatient
    let db: any Database
    let now: Date
    /// The member's chosen wait before new results show; 0 for staff.
    let resultDelayDays: Int

    var isStaff: Bool {
        if case .staff = authorized.level { return true }
        return false
    }

    /// What the record's front page counts.
    struct Counts: Sendable, Equatable {
        var results: Int
        var imaging: Int
        var medications: Int
        var allergies: Int
        var immunizations: Int
        var documents: Int
    }

    func counts() async throws -> Counts {
        async let results = visible(LabReport.self, delayed: true).count()
        async let imaging = visible(ImagingReport.self, delayed: true).count()
        async let medications = visible(Medication.self).count()
        async let allergies = visibleAllergies().count()
        async let immunizations = visible(Immunization.self).count()
        async let documents = visibleDocuments().count()
        return try await Counts(
            results: results, imaging: imaging, medications: medications, allergies: allergies,
            immunizations: immunizations, documents: documents)
    }

    // MARK: Laboratory

    /// One page of reports, newest first, and how many there are in all.
    func labReports(page: Int, perPage: Int) async throws -> (reports: [LabReport], total: Int) {
        let total = try await visible(LabReport.self, delayed: true).count()
        let reports = try await visible(LabReport.self, delayed: true).sort(\.$collectedAt, .descending).sort(\.$id, .descending)
            .range((page - 1) * perPage..<page * perPage).all()
        return (reports, total)
    }

    func labReport(_ id: UUID) async throws -> LabReport? {
        try await visible(LabReport.self, delayed: true).filter(\.$id == id).first()
    }

    /// The values of these reports, by name, read as rows for a list.
    func labResults(inReports ids: [UUID]) async throws -> [ResultRow] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await visibleResultRows(on: sql).where("report_id", .in, ids).orderBy("name")
            .all(decoding: ResultRow.self)
    }

    /// The stored values of one report, for changing them (a clinician's restriction).
    func labResultModels(inReport id: UUID) async throws -> [LabResult] {
        try await visible(LabResult.self, delayed: true).filter(\.$report.$id == id).all()
    }

    func labResult(_ id: UUID) async throws -> LabResult? {
        try await visible(LabResult.self, delayed: true).filter(\.$id == id).first()
    }

    /// One test's values over time, oldest first, from `since` when given.
    func trend(code: String, since: Date?) async throws -> [ResultRow] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var query = visibleResultRows(on: sql).where("code", .equal, code)
        if let since { query = query.where("collected_at", .greaterThanOrEqual, since) }
        return try await query.orderBy("collected_at").all(decoding: ResultRow.self)
    }

    /// The first collection of one test, to say how far back its history goes.
    func firstCollection(code: String) async throws -> Date? {
        try await visible(LabResult.self, delayed: true).filter(\.$code == code).sort(\.$collectedAt).first()?.collectedAt
    }

    // MARK: Imaging

    func imagingReports() async throws -> [ImagingReport] {
        try await visible(ImagingReport.self, delayed: true).sort(\.$performedAt, .descending).sort(\.$id).all()
    }

    func imagingReport(_ id: UUID) async throws -> ImagingReport? {
        try await visible(ImagingReport.self, delayed: true).filter(\.$id == id).first()
    }

    /// Results released since `since`, for marking the ones a member has not seen.
    func recentResultIDs(since: Date) async throws -> [UUID] {
        let reports = try await visible(LabReport.self, delayed: true).filter(\.$releasedAt >= since).all(\.$id)
        let imaging = try await visible(ImagingReport.self, delayed: true).filter(\.$releasedAt >= since).all(\.$id)
        return reports + imaging
    }

    // MARK: Lists

    func medications() async throws -> [Medication] {
        try await visible(Medication.self).sort(\.$name).all()
    }

    func medication(_ id: UUID) async throws -> Medication? {
        try await visible(Medication.self).filter(\.$id == id).first()
    }

    /// The pharmacies this patient's visible prescriptions name, for the renewal form.
    func pharmacies() async throws -> [String] {
        let names = try await visible(Medication.self).all().compactMap(\.pharmacy)
        return Array(Set(names)).sorted()
    }

    func allergies() async throws -> [Allergy] {
        try await visibleAllergies().sort(\.$substance).all()
    }

    func immunizations() async throws -> [Immunization] {
        try await visible(Immunization.self).sort(\.$givenOn).sort(\.$vaccine).all()
    }

    // MARK: Documents

    func documents() async throws -> [ClinicalDocument] {
        try await visibleDocuments().sort(\.$writtenAt, .descending).sort(\.$id).all()
    }

    /// One document, or nil when it does not exist, belongs to someone else or is hidden
    /// from this viewer: the three look alike from outside.
    func document(_ id: UUID) async throws -> ClinicalDocument? {
        try await visibleDocuments().filter(\.$id == id).first()
    }

    // MARK: Appointments

    /// Every appointment the viewer may see, earliest first, with its department.
    func appointments() async throws -> [Appointment] {
        try await visible(Appointment.self).with(\.$department).sort(\.$start).sort(\.$id).all()
    }

    func appointment(_ id: UUID) async throws -> Appointment? {
        try await visible(Appointment.self).filter(\.$id == id).with(\.$department).first()
    }

    /// Upcoming appointments that still stand, for the record's front page.
    func upcomingAppointmentCount() async throws -> Int {
        try await visible(Appointment.self).filter(\.$end > now)
            .filter(\.$status ~~ ["booked", "arrived", "checked-in", "pending", "proposed"]).count()
    }

    /// One appointment for the schedulers of its department, whatever its label: the label
    /// keeps parents out of a teen's visits, not the department that books them. Anyone else
    /// gets nothing.
    func appointmentForScheduling(_ id: UUID, departments: [UUID]) async throws -> Appointment? {
        guard case .staff(.scheduler) = authorized.level else { return nil }
        return try await Appointment.query(on: db).filter(\.$patient.$id == authorized.id).filter(\.$id == id)
            .filter(\.$department.$id ~~ departments).with(\.$department).first()
    }

    // MARK: Filters

    /// This patient's items of one kind with the labels the viewer may see, not entered in
    /// error; for a member, only results released at least their chosen delay ago.
    private func visible<Item: ClinicalItem>(_ type: Item.Type, delayed: Bool = false) -> QueryBuilder<Item> {
        let query = Item.query(on: db)
            .filter(.path([ClinicalColumns.patient], schema: Item.schema), .equal, .bind(authorized.id))
            .filter(
                .path([ClinicalColumns.sensitivity], schema: Item.schema), .subset(inverse: false),
                .array(authorized.access.visibleStorageValues.map { .bind($0) }))
        if Item.self != Allergy.self {
            query.filter(.path([ClinicalColumns.status], schema: Item.schema), .notEqual, .bind("entered-in-error"))
        }
        if delayed && !isStaff {
            let releasedBy = now.addingTimeInterval(-86_400 * Double(resultDelayDays))
            query.filter(.path([ClinicalColumns.releasedAt], schema: Item.schema), .lessThanOrEqual, .bind(releasedBy))
        }
        return query
    }

    /// The same filters as `visible`, for reading a few columns of many laboratory values.
    private func visibleResultRows(on sql: any SQLDatabase) -> SQLSelectBuilder {
        let query = sql.select().columns(ResultRow.columns.map { SQLColumn($0) }).from(LabResult.schema)
            .where("patient_id", .equal, authorized.id)
            .where("sensitivity", .in, authorized.access.visibleStorageValues)
            .where("status", .notEqual, "entered-in-error")
        if !isStaff {
            query.where("released_at", .lessThanOrEqual, now.addingTimeInterval(-86_400 * Double(resultDelayDays)))
        }
        return query
    }

    private func visibleAllergies() -> QueryBuilder<Allergy> {
        visible(Allergy.self).group(.or) { group in
            group.filter(\.$verificationStatus == nil).filter(\.$verificationStatus != "entered-in-error")
        }
    }

    /// Current documents; families see only released ones (final or amended).
    private func visibleDocuments() -> QueryBuilder<ClinicalDocument> {
        let query = visible(ClinicalDocument.self).filter(\.$status == ClinicalDocument.Status.current.rawValue)
        if !isStaff {
            query.group(.or) { group in
                group.filter(\.$documentStatus == nil).filter(\.$documentStatus ~~ ["final", "amended"])
            }
        }
        return query
    }
}

extension Request {
    func record(of authorized: AuthorizedPatient) -> PatientRecord {
        PatientRecord(
            authorized: authorized, db: db, now: now, resultDelayDays: currentSession?.member?.resultDelayDays ?? 0)
    }
}
