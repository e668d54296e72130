import Fluent
import FluentSQL
import Foundation
import PortalCore
import SQLKit

/// A patient's clinical items as one viewer may see them. It exists only for a
/// `RecordAccess`, which only the access policy's door can make, and every query below
/// filters by that patient and by the labels the access decision allows, in the database: a
/// hidden item is never loaded, so it cannot be listed, counted, printed or hinted at by
/// mistake. The clinical models are internal to this module, so outside it reading an item
/// any other way does not compile.
///
/// Families also never see items entered in error, documents not yet final, or results
/// newer than the delay the member chose; staff see every item their role allows.
public struct PatientRecord: Sendable {
    let access: RecordAccess
    let db: any Database
    public let now: Date
    /// The member's chosen wait before new results show; 0 for staff.
    public let resultDelayDays: Int

    /// Opened by the policy's door only, which also supplies the member's own result delay.
    @_spi(AccessDoor)
    public init(_ access: RecordAccess, db: any Database, now: Date, resultDelayDays: Int) {
        self.access = access
        self.db = db
        self.now = now
        self.resultDelayDays = resultDelayDays
    }

    /// The same record read and written inside the caller's transaction.
    public func using(_ db: any Database) -> PatientRecord {
        PatientRecord(access, db: db, now: now, resultDelayDays: resultDelayDays)
    }

    var patientID: UUID { access.patientID }

    public var isStaff: Bool {
        if case .staff = access.level { return true }
        return false
    }

    // MARK: Laboratory

    /// One page of reports, newest first, and how many there are in all.
    public func labReports(page: Int, perPage: Int) async throws -> (reports: [LabReport], total: Int) {
        let total = try await visible(StoredLabReport.self, delayed: true).count()
        let reports = try await plain(
            visible(StoredLabReport.self, delayed: true).sort(\.$collectedAt, .descending).sort(\.$id, .descending)
                .range((page - 1) * perPage..<page * perPage))
        return (reports, total)
    }

    public func labReport(_ id: UUID) async throws -> LabReport? {
        try await plain(visible(StoredLabReport.self, delayed: true).filter(\.$id == id)).first
    }

    /// A read of reports (`visible`'s, so its filters and plan) with the report's columns
    /// selected, read column by column: a Fluent model filled for each of a page's reports
    /// was a twelfth of the results list's CPU.
    private func plain(_ query: QueryBuilder<StoredLabReport>) async throws -> [LabReport] {
        guard let sql = db as? any SQLDatabase else { throw NotAnSQLDatabase() }
        var selecting = query.query
        selecting.fields = LabReport.columns.map { .custom(SQLColumn($0, table: StoredLabReport.schema)) }
        let statement = SQLQueryConverter(delegate: ReadingConverter()).convert(selecting)
        return try await sql.raw("\(statement)").all().map(LabReport.init(row:))
    }

    /// The values of these reports, by name, read as rows for a list.
    public func labResults(inReports ids: [UUID]) async throws -> [ResultRow] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        return try await visibleResultRows(on: sql).where("report_id", .in, ids).orderBy("name")
            .all().map(ResultRow.init(row:))
    }

    public func labResult(_ id: UUID) async throws -> LabResult? {
        try await visible(StoredLabResult.self, delayed: true).filter(\.$id == id).first().map(LabResult.init)
    }

    /// One test over time, for its chart and one page of its table, in one statement whose
    /// cost hardly grows with the history: every value's date, number and flag come from the
    /// trend index alone (`0054_IndexResultTrends`), and whole rows only for the table's page,
    /// the newest `perPage` after `skipping`.
    public func trend(code: String, since: Date?, skipping: Int, perPage: Int) async throws -> TrendPage {
        guard let sql = db as? any SQLDatabase else { throw NotAnSQLDatabase() }
        func inPeriod(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            let filtered = visibleResults(query).where("code", .equal, code)
            if let since { filtered.where("collected_at", .greaterThanOrEqual, since) }
            return filtered
        }
        let pageRows = inPeriod(sql.select().columns(TrendPage.pointColumns + TrendPage.rowColumns).from(StoredLabResult.schema))
            .orderBy("collected_at", .descending).orderBy("id", .descending).limit(perPage).offset(skipping)
        let points = inPeriod(
            sql.select().column(SQLAlias(SQLLiteral.numeric("0"), as: SQLIdentifier("on_page")))
                .columns(TrendPage.pointColumns).columns(
                    TrendPage.rowColumns.map { SQLAlias(SQLLiteral.null, as: SQLIdentifier($0)) }
                )
                .from(StoredLabResult.schema))
        // A union's columns are named by its first part: the page's columns are named there too.
        let rows = try await points.union(all: { _ in
            sql.select().column(SQLAlias(SQLLiteral.numeric("1"), as: SQLIdentifier("on_page"))).column(SQLLiteral.all)
                .from(SQLAlias(SQLGroupExpression(pageRows.select), as: SQLIdentifier("page_values")))
        }).all()
        var values: [TrendPoint] = []
        var page: [ResultRow] = []
        for row in rows {
            if try row.decode(column: "on_page", as: Int.self) == 1 {
                page.append(try ResultRow(row: row))
            } else {
                values.append(try TrendPoint(row: row))
            }
        }
        page.sort { TrendPage.isEarlier($1.collectedAt, $1.id, $0.collectedAt, $0.id) }
        return TrendPage(values: values, table: page)
    }

    // MARK: Imaging

    public func imagingReports() async throws -> [ImagingReport] {
        try await visible(StoredImagingReport.self, delayed: true).sort(\.$performedAt, .descending).sort(\.$id).all().map(
            ImagingReport.init)
    }

    public func imagingReport(_ id: UUID) async throws -> ImagingReport? {
        try await visible(StoredImagingReport.self, delayed: true).filter(\.$id == id).first().map(ImagingReport.init)
    }

    // MARK: Lists

    public func medications() async throws -> [Medication] {
        try await visible(StoredMedication.self).sort(\.$name).all().map(Medication.init)
    }

    public func medication(_ id: UUID) async throws -> Medication? {
        try await visible(StoredMedication.self).filter(\.$id == id).first().map(Medication.init)
    }

    /// The pharmacies this patient's visible prescriptions name, for the renewal form.
    public func pharmacies() async throws -> [String] {
        let names = try await visible(StoredMedication.self).all().compactMap(\.pharmacy)
        return Array(Set(names)).sorted()
    }

    public func allergies() async throws -> [Allergy] {
        try await visibleAllergies().sort(\.$substance).all().map(Allergy.init)
    }

    public func immunizations() async throws -> [Immunization] {
        try await visible(StoredImmunization.self).sort(\.$givenOn).sort(\.$vaccine).all().map(Immunization.init)
    }

    // MARK: Documents

    public func documents() async throws -> [ClinicalDocument] {
        try await visibleDocuments().sort(\.$writtenAt, .descending).sort(\.$id).all().map(ClinicalDocument.init)
    }

    /// One document, or nil when it does not exist, belongs to someone else or is hidden
    /// from this viewer: the three look alike from outside.
    public func document(_ id: UUID) async throws -> ClinicalDocument? {
        try await visibleDocuments().filter(\.$id == id).first().map(ClinicalDocument.init)
    }

    // MARK: Appointments

    /// Every appointment the viewer may see, earliest first, with its department.
    public func appointments() async throws -> [Appointment] {
        try await withDepartments(visible(StoredAppointment.self).sort(\.$start).sort(\.$id))
    }

    public func appointment(_ id: UUID) async throws -> Appointment? {
        try await withDepartments(visible(StoredAppointment.self).filter(\.$id == id)).first
    }

    /// Each record's next visit that still stands, by patient, in one statement for all of
    /// them (the family's home page): each record's own filters, joined by OR.
    public static func nextAppointments(of records: [PatientRecord]) async throws -> [UUID: Appointment] {
        guard let db = records.first?.db else { return [:] }
        let now = records[0].now
        let eachRecord = records.map { DatabaseQuery.Filter.group($0.visible(StoredAppointment.self).query.filters, .and) }
        let upcoming = StoredAppointment.query(on: db).filter(.group(eachRecord, .or)).filter(\.$end > now)
            .filter(\.$status ~~ StoredAppointment.activeStatuses).sort(\.$start).sort(\.$id)
        var next: [UUID: Appointment] = [:]
        for appointment in try await records[0].withDepartments(upcoming) where next[appointment.patientID] == nil {
            next[appointment.patientID] = appointment
        }
        return next
    }

    /// The appointments with their departments, read in the same statement.
    private func withDepartments(_ query: QueryBuilder<StoredAppointment>) async throws -> [Appointment] {
        try await query.join(Department.self, on: \StoredAppointment.$department.$id == \Department.$id).all().map {
            $0.$department.value = try $0.joined(Department.self)
            return Appointment(stored: $0)
        }
    }

    /// One appointment for the schedulers of its department, whatever its label: the label
    /// keeps parents out of a teen's visits, not the department that books them. Anyone else
    /// gets nothing.
    public func appointmentForScheduling(_ id: UUID, departments: [UUID]) async throws -> Appointment? {
        try await schedulersAppointment(id, departments: departments).map(Appointment.init)
    }

    /// A scheduler cancels a visit of their department at the family's request; false when
    /// the visit is not theirs to cancel.
    public func cancelForScheduling(_ id: UUID, departments: [UUID]) async throws -> Bool {
        guard let stored = try await schedulersAppointment(id, departments: departments) else { return false }
        stored.status = "cancelled"
        try await stored.update(on: db)
        return true
    }

    private func schedulersAppointment(_ id: UUID, departments: [UUID]) async throws -> StoredAppointment? {
        guard case .staff(.scheduler) = access.level else { return nil }
        return try await StoredAppointment.query(on: db).filter(\.$patientID == patientID).filter(\.$id == id)
            .filter(\.$department.$id ~~ departments).with(\.$department).first()
    }

    // MARK: Filters

    /// This patient's items of one kind with the labels the viewer may see, not entered in
    /// error; for a member, only results released at least their chosen delay ago.
    func visible<Item: ClinicalItem>(_ type: Item.Type, delayed: Bool = false) -> QueryBuilder<Item> {
        let query = Item.query(on: db)
            .filter(.path([ClinicalColumns.patient], schema: Item.schema), .equal, .bind(patientID))
            .filter(
                .path([ClinicalColumns.sensitivity], schema: Item.schema), .subset(inverse: false),
                .array(access.access.visibleStorageValues.map { .bind($0) }))
        if Item.self != StoredAllergy.self {
            query.filter(.path([ClinicalColumns.status], schema: Item.schema), .notEqual, .bind("entered-in-error"))
        }
        if delayed && !isStaff {
            let releasedBy = now.addingTimeInterval(-86_400 * Double(resultDelayDays))
            // Written so that no index can serve it (COALESCE of the column with itself, the same
            // value, NULL when not released): otherwise SQLite's planner, which keeps no
            // statistics here, prefers the release-time index for this range and then sorts
            // every report of a long history for one page, where walking the list's index in
            // order stops after the page (`0055_IndexResultsList`).
            let released = SQLColumn(ClinicalColumns.releasedAt.description, table: Item.schema)
            query.filter(
                .custom(
                    SQLBinaryExpression(
                        SQLFunction("coalesce", args: released, released), .lessThanOrEqual, SQLBind(releasedBy))))
        }
        return query
    }

    /// The same filters as `visible`, for reading a few columns of many laboratory values.
    func visibleResultRows(on sql: any SQLDatabase) -> SQLSelectBuilder {
        visibleResults(sql.select().columns(ResultRow.columns.map { SQLColumn($0) }).from(StoredLabResult.schema))
    }

    /// `visible`'s filters on a query of laboratory values.
    func visibleResults(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
        query.where("patient_id", .equal, patientID)
            .where("sensitivity", .in, access.access.visibleStorageValues)
            .where("status", .notEqual, "entered-in-error")
        if !isStaff {
            query.where("released_at", .lessThanOrEqual, now.addingTimeInterval(-86_400 * Double(resultDelayDays)))
        }
        return query
    }

    func visibleAllergies() -> QueryBuilder<StoredAllergy> {
        visible(StoredAllergy.self).group(.or) { group in
            group.filter(\.$verificationStatus == nil).filter(\.$verificationStatus != "entered-in-error")
        }
    }

    /// Current documents; families see only released ones (final or amended).
    func visibleDocuments() -> QueryBuilder<StoredClinicalDocument> {
        let query = visible(StoredClinicalDocument.self).filter(\.$status == StoredClinicalDocument.Status.current.rawValue)
        if !isStaff {
            query.group(.or) { group in
                group.filter(\.$documentStatus == nil).filter(\.$documentStatus ~~ ["final", "amended"])
            }
        }
        return query
    }
}
