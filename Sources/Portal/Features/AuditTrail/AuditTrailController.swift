import Fluent
import Foundation
import PortalCore
import Vapor

/// HIM and administrators browse and filter the audit trail, newest first, page by page.
struct AuditTrailController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.auditTrail) { req in try await list(req) }
    }

    struct Query: Content {
        var action: String?
        var outcome: String?
        var mrn: String?
        var day: String?
        var before: Int64?
    }

    func list(_ req: Request) async throws -> Response {
        let input = (try? req.query.decode(Query.self)) ?? Query()
        var filters = AuditTrailPage.Filters()
        var filterError = false
        var query = AuditEvent.query(on: req.db).sort(\.$id, .descending).limit(Self.pageSize)

        let actions = AuditEntry.Action.allCases.map(\.rawValue)
        let outcomes = AuditEntry.Outcome.allCases.map(\.rawValue)
        if let action = input.action, actions.contains(action) {
            filters.action = action
            query = query.filter(\.$action == action)
        }
        if let outcome = input.outcome, outcomes.contains(outcome) {
            filters.outcome = outcome
            query = query.filter(\.$outcome == outcome)
        }
        if let mrn = input.mrn?.trimmingCharacters(in: .whitespaces), !mrn.isEmpty {
            filters.recordNumber = String(mrn.prefix(32))
            if let patient = try await Patient.query(on: req.db).filter(\.$medicalRecordNumber == filters.recordNumber).first() {
                query = query.filter(\.$patientID == patient.id!.uuidString.lowercased())
            } else {
                filterError = true
                query = query.filter(\.$patientID == "none")
            }
        }
        if let dayText = input.day?.trimmingCharacters(in: .whitespaces), !dayText.isEmpty {
            filters.day = String(dayText.prefix(10))
            if let day = LocalDate(iso: filters.day) {
                let (start, end) = Self.bounds(of: day, in: req.hospitalTimeZone)
                query = query.filter(\.$occurredAtMilliseconds >= start).filter(\.$occurredAtMilliseconds < end)
            } else {
                filterError = true
            }
        }
        if let before = input.before { query = query.filter(\.$id < before) }

        let events = try await query.all()
        try await req.audit(.auditTrailView, .success)
        let rows = try await Self.rows(for: events, req: req)
        var olderLink: String?
        if events.count == Self.pageSize, let last = events.last?.id {
            var components = URLComponents()
            components.path = Routes.auditTrail()
            components.queryItems =
                [("action", filters.action), ("outcome", filters.outcome), ("mrn", filters.recordNumber), ("day", filters.day)]
                .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) } + [
                    URLQueryItem(name: "before", value: String(last))
                ]
            olderLink = components.string
        }
        let model = AuditTrailPage.Model(
            rows: rows, filters: filters, actions: actions, outcomes: outcomes, olderLink: olderLink, filterError: filterError)
        return AuditTrailPage.render(model, context: try await req.pageContext()).response(
            status: filterError ? .badRequest : .ok)
    }

    static func bounds(of day: LocalDate, in zone: TimeZone) -> (Int64, Int64) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let end = calendar.date(byAdding: .day, value: 1, to: start)!
        return (Int64(start.timeIntervalSince1970 * 1000), Int64(end.timeIntervalSince1970 * 1000))
    }

    /// Names for the ids on this page, looked up in three queries rather than one per row.
    static func rows(for events: [AuditEvent], req: Request) async throws -> [AuditTrailPage.Row] {
        let ids = Set(events.compactMap { $0.actorID }).compactMap(UUID.init(uuidString:))
        let patientIDs = Set(events.compactMap { $0.patientID }).compactMap(UUID.init(uuidString:))
        var names: [String: String] = [:]
        for member in try await Member.query(on: req.db).filter(\.$id ~~ ids).all() {
            names[member.id!.uuidString.lowercased()] = member.fullName
        }
        for staff in try await StaffUser.query(on: req.db).filter(\.$id ~~ ids).all() {
            names[staff.id!.uuidString.lowercased()] = staff.fullName
        }
        var recordNumbers: [String: String] = [:]
        for patient in try await Patient.query(on: req.db).filter(\.$id ~~ patientIDs).all() {
            recordNumbers[patient.id!.uuidString.lowercased()] = patient.medicalRecordNumber
        }
        let formatter = DateFormatter()
        formatter.timeZone = req.hospitalTimeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss zzz"
        return events.map { event in
            let who = event.actorID.map { "\(event.actorKind): \(names[$0] ?? $0)" } ?? event.actorKind
            return AuditTrailPage.Row(
                sequence: event.id ?? 0,
                time: formatter.string(from: Date(timeIntervalSince1970: Double(event.occurredAtMilliseconds) / 1000)),
                who: who, patient: event.patientID.map { recordNumbers[$0] ?? $0 } ?? "",
                action: event.action, outcome: event.outcome, address: event.clientAddress ?? "")
        }
    }
}
