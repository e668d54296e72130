import Foundation
import PortalCore
import Vapor

struct PatientController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(Paths.patientPattern.routeComponents) { req in try await summary(req) }
    }

    func summary(_ req: Request) async throws -> Response {
        _ = try req.requireSignedInAnyone()
        // A malformed id is just another patient that does not exist.
        guard let text = req.parameters.get(Paths.patientParameter), let id = UUID(uuidString: text) else {
            throw PortalError.notFound
        }
        let authorized = try await req.authorizedPatient(id)
        let patient = authorized.patient
        let birth = LocalDate(iso: patient.birthDate)
        let name = patient.preferredName ?? patient.legalName
        let model = PatientSummaryPage.Model(
            name: name, legalName: patient.legalName,
            dateOfBirth: birth.map { DateText.long($0, language: req.language) } ?? "",
            age: birth.map { Age.years(bornOn: $0, on: req.today) } ?? 0,
            recordNumber: patient.medicalRecordNumber,
            access: authorized.cardAccess)
        return PatientSummaryPage.render(model, context: req.pageContext(patientInView: name)).response()
    }
}
