import Foundation
import PortalCore
import Vapor

/// `/staff/records`: the care team's way into a patient's record. Each patient a search
/// shows is audited, as HIM's search is.
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
            let found = try await PatientDirectory.search(searchable, on: req.db)
            for patient in found { try await req.audit(.patientSearch, .success, patientID: patient.id) }
            matches = found.map { patient in
                RecordSearchPage.Match(
                    name: patient.legalName, recordNumber: patient.medicalRecordNumber,
                    dateOfBirth: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "",
                    link: Routes.patient(patient.ref))
            }
        }
        let model = RecordSearchPage.Model(query: query, queryTooShort: tooShort, matches: matches)
        return RecordSearchPage.render(model, context: try await req.pageContext()).response(
            status: tooShort ? .badRequest : .ok)
    }
}
