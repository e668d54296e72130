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
        let name = patient.shownName
        let counts = try await req.record(of: authorized).counts()
        let model = PatientSummaryPage.Model(
            name: name, legalName: patient.legalName,
            dateOfBirth: birth.map { DateText.long($0, language: req.language) } ?? "",
            age: birth.map { Age.years(bornOn: $0, on: req.today) } ?? 0,
            recordNumber: patient.medicalRecordNumber,
            access: AccessDescription(authorized.access, hospitalTimeZone: req.hospitalTimeZone),
            sections: [
                .init(name: Strings.Patients.documents, count: counts.documents, link: Paths.patientDocuments(authorized.id))
            ],
            accessOverviewLink: authorized.level == .proxyFull || authorized.level == .proxyAdolescentLimited
                ? nil : Paths.patientAccess(authorized.id))
        return PatientSummaryPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }
}
