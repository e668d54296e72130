import Foundation
import PortalCore
import Vapor

/// "Who can see my record": for the patient with their own account, and for staff.
struct AccessOverviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientAccess) { req, authorized in
            try await show(req, authorized)
        }
    }

    func show(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let forStaff: Bool
        switch authorized.level {
        case .patientSelf: forStaff = false
        case .staff: forStaff = true
        // Whether other relatives have access is the patient's business, not a proxy's.
        case .proxyFull, .proxyAdolescentLimited: throw PortalError.forbidden
        }
        let viewerID = req.currentSession?.member?.id
        let rows = try await req.accessHolders(of: authorized).map { holder in
            AccessOverviewPage.Row(
                name: holder.name, isViewer: holder.memberID == viewerID,
                access: AccessDescription(holder.access, hospitalTimeZone: req.hospitalTimeZone).summary,
                whatTheySee: whatTheySee(holder.access))
        }
        let birthday = LocalDate(iso: authorized.patient.birthDate).flatMap {
            forStaff ? nil : AdulthoodNotice.upcomingEighteenthBirthday(bornOn: $0, today: req.today)
        }
        let model = AccessOverviewPage.Model(
            forStaff: forStaff, rows: rows, adulthoodDate: birthday.map { DateText.long($0, language: req.language) },
            recordLink: Routes.patient(authorized.ref))
        return AccessOverviewPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
    }

    private func whatTheySee(_ access: PatientAccess) -> LocalizedText {
        let words = Strings.accessOverview
        switch access.level {
        case .patientSelf, .staff: return words.seesOwn
        case .proxyAdolescentLimited: return words.seesLimited
        case .proxyFull: return access.canSee(.adolescentConfidential(.mentalHealth)) ? words.seesFull : words.seesAuthorized
        }
    }
}
