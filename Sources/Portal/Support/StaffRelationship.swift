import Fluent
import Foundation
import PortalCore

/// A staff member's ties to one patient, the facts `StaffReach` decides on: a clinician's
/// care teams and whether the patient is theirs (looked after by one of the teams, or with a
/// thread or an open renewal request in one), a scheduler's (a request in one of their
/// departments' queues), and an unexpired broken glass.
struct StaffRelationship: Sendable {
    let careTeams: Set<UUID>
    let hasCareRelationship: Bool
    let hasOpenGlass: Bool

    static func of(_ staff: StaffUser, to patientID: UUID, on db: any Database, now: Date) async throws -> StaffRelationship {
        let staffID = try staff.requireID()
        switch staff.role {
        case .him, .administrator:
            return StaffRelationship(careTeams: [], hasCareRelationship: staff.role == .him, hasOpenGlass: false)
        case .scheduler:
            let departments = try await DepartmentScheduler.query(on: db).filter(\.$staff.$id == staffID).all()
                .map(\.$department.id)
            let requests =
                departments.isEmpty
                ? 0
                : try await SchedulingRequest.query(on: db).filter(\.$patient.$id == patientID)
                    .filter(\.$department.$id ~~ departments).count()
            return StaffRelationship(careTeams: [], hasCareRelationship: requests > 0, hasOpenGlass: false)
        case .clinician:
            let memberships = try await CareTeamStaff.query(on: db).filter(\.$staff.$id == staffID).with(\.$careTeam).all()
            let teams = memberships.map(\.$careTeam.id)
            // HIM's inbox hears from every patient: working it is no care relationship.
            let clinicalTeams = memberships.filter { $0.careTeam.kind == .clinical }.map(\.$careTeam.id)
            let glass = try await BrokenGlass.query(on: db).filter(\.$staff.$id == staffID).filter(\.$patient.$id == patientID)
                .filter(\.$expiresAt > now).count()
            return StaffRelationship(
                careTeams: Set(teams), hasCareRelationship: try await isLookedAfter(patientID, by: clinicalTeams, on: db),
                hasOpenGlass: glass > 0)
        }
    }

    private static func isLookedAfter(_ patientID: UUID, by teams: [UUID], on db: any Database) async throws -> Bool {
        guard !teams.isEmpty else { return false }
        if try await PatientCareTeam.query(on: db).filter(\.$patient.$id == patientID).filter(\.$careTeam.$id ~~ teams).count()
            > 0
        {
            return true
        }
        if try await MessageThread.query(on: db).filter(\.$patient.$id == patientID).filter(\.$careTeam.$id ~~ teams).count()
            > 0
        {
            return true
        }
        // A renewal request brings the prescriber's team to the record while it waits for them.
        return try await RenewalRequest.query(on: db).filter(\.$patient.$id == patientID).filter(\.$careTeam.$id ~~ teams)
            .filter(\.$status == .open).count() > 0
    }
}

/// A clinician asked for a record outside their care teams: the answer is the form to break the glass.
struct BreakTheGlassNeeded: Error, Sendable {
    let patientID: UUID
}
