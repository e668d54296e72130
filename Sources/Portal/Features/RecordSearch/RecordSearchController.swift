import Foundation
import PortalCore
import Vapor

/// `/staff/records`: the care team's way into a patient's record. Each patient a search
/// shows is audited, as HIM's search is. A clinician is shown the patients they reach (their
/// care teams', or behind a glass still open); a patient outside them is shown only for an
/// exact record number, without name or birth date, and opens by breaking the glass.
struct RecordSearchController: RouteCollection {

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffRecords) { req in try await search(req) }
    }

    func search(_ req: Request) async throws -> Response {
        let query = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let searchable = PatientDirectory.searchable(query)
        let tooShort = !query.isEmpty && searchable == nil
        var matches: [RecordSearchPage.Match]?
        if let searchable {
            let staff = try req.signedInStaff()
            var found: [(patient: Patient, reached: Bool)] = []
            for patient in try await PatientDirectory.search(searchable, on: req.db) {
                let reach = try await StaffRelationship.of(staff, to: patient.requireID(), on: req.db, now: req.now)
                let reached =
                    StaffReach.decide(
                        staff.role, hasCareRelationship: reach.hasCareRelationship, hasOpenGlass: reach.hasOpenGlass)
                    == .granted
                if reached || patient.medicalRecordNumber.caseInsensitiveCompare(query) == .orderedSame {
                    found.append((patient, reached))
                }
            }
            try await req.audit(found.map { req.auditEntry(.patientSearch, .success, patientID: $0.0.id) })
            matches = found.map { patient, reached in
                RecordSearchPage.Match(
                    name: reached ? patient.legalName : Strings.breakTheGlass.title(req.language),
                    recordNumber: patient.medicalRecordNumber,
                    dateOfBirth: reached
                        ? LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "" : "",
                    link: Routes.patient(patient.ref))
            }
        }
        let model = RecordSearchPage.Model(query: query, queryTooShort: tooShort, matches: matches)
        return RecordSearchPage.render(model, context: try await req.pageContext()).response(
            status: tooShort ? .badRequest : .ok)
    }
}
