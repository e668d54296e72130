import Fluent
import Foundation
import PortalCore
import Vapor

/// HIM chooses the care teams a patient's family may write to, from HIM's page for the
/// patient. The change is audited.
struct PatientCareTeamsController: RouteCollection {
    struct Choice: Content {
        var careTeams: [String]?

        enum CodingKeys: String, CodingKey { case careTeams = "care_teams" }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffPatientCareTeams) { req, authorized in try await save(req, authorized) }
    }

    func save(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let choice = (try? req.content.decode(Choice.self)) ?? Choice(careTeams: [])
        let wanted = try (choice.careTeams ?? []).map { text -> UUID in
            guard let id = UUID(uuidString: text) else { throw PortalError.badRequest }
            return id
        }
        let teams = try await CareTeam.query(on: req.db).filter(\.$kind == .clinical).all(\.$id)
        guard Set(wanted).isSubset(of: Set(teams)) else { throw PortalError.badRequest }
        try await req.auditedChange { change in
            try await PatientCareTeam.query(on: change.db).filter(\.$patient.$id == authorized.id).delete()
            for careTeamID in Set(wanted) {
                try await PatientCareTeam(patientID: authorized.id, careTeamID: careTeamID).create(on: change.db)
            }
            try await change.audit(.careTeamsChanged, .success, patientID: authorized.id)
        }
        return req.redirect(to: Routes.staffPatient(authorized.ref) + "?done=teams", redirectType: .normal)
    }
}
