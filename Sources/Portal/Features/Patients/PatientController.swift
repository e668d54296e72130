import Foundation
import PortalCore
import Vapor

struct PatientController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.patientScoped(PatientScopedRoutes.summary) { req, authorized in try await summary(req, authorized) }
    }

    func summary(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let patient = authorized.patient
        let birth = LocalDate(iso: patient.birthDate)
        let name = patient.preferredName ?? patient.legalName
        let model = PatientSummaryPage.Model(
            name: name, legalName: patient.legalName,
            dateOfBirth: birth.map { DateText.long($0, language: req.language) } ?? "",
            age: birth.map { Age.years(bornOn: $0, on: req.today) } ?? 0,
            recordNumber: patient.medicalRecordNumber,
            access: AccessDescription(authorized.access, hospitalTimeZone: req.hospitalTimeZone))
        return PatientSummaryPage.render(model, context: req.pageContext(patientInView: name)).response()
    }
}
