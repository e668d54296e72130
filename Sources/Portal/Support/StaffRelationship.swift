import Fluent
import FluentSQL
import Foundation
import PortalCore

/// A staff member's ties to one patient, the facts `StaffReach` decides on: a clinician's
/// care teams and whether the patient is theirs (looked after by one of the teams, or with a
/// thread or an open renewal request in one), a scheduler's (a request in one of their
/// departments' queues, or a visit's check-in there), and an unexpired broken glass.
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
            // A visit's online check-in in one of their departments: the front desk reads it.
            let checkIns =
                departments.isEmpty || requests > 0
                ? 0
                : try await CheckIns.count(
                    patientID: patientID, departments: departments, since: now.addingTimeInterval(-86_400), on: db)
            return StaffRelationship(careTeams: [], hasCareRelationship: requests + checkIns > 0, hasOpenGlass: false)
        case .clinician:
            // A patient who does not exist is no one's.
            return try await clinician(staffID, to: patientID, on: db, now: now)?.relationship
                ?? StaffRelationship(careTeams: [], hasCareRelationship: false, hasOpenGlass: false)
        }
    }

    /// The patient and this staff member's ties to them; nil when there is no such patient.
    static func patient(_ patientID: UUID, seenBy staff: StaffUser, on db: any Database, now: Date) async throws
        -> (patient: Patient, relationship: StaffRelationship)?
    {
        if staff.role == .clinician { return try await clinician(staff.requireID(), to: patientID, on: db, now: now) }
        guard let patient = try await Patient.find(patientID, on: db) else { return nil }
        return (patient, try await of(staff, to: patientID, on: db, now: now))
    }

    /// The patient, the clinician's care teams, whether one of their clinical teams looks
    /// after the patient (the patient is theirs, or has a thread or an open renewal request
    /// in the team), and an unexpired broken glass, in one statement: every page of a patient
    /// asks it. There is a row for the patient even when the clinician is on no team.
    private static func clinician(_ staffID: UUID, to patientID: UUID, on db: any Database, now: Date) async throws
        -> (patient: Patient, relationship: StaffRelationship)?
    {
        guard let sql = db as? any SQLDatabase else { throw PortalError.internalFailure }
        let open = RenewalRequest.Status.open.rawValue
        let clinical = CareTeam.Kind.clinical.rawValue
        let rows = try await sql.raw(
            """
            SELECT patients.*, glass.is_open AS glass, team.id AS team, team.kind = \(bind: clinical) AND (
                EXISTS (SELECT 1 FROM patient_care_teams WHERE patient_id = \(bind: patientID) AND pool_id = team.id)
                OR EXISTS (SELECT 1 FROM message_threads WHERE patient_id = \(bind: patientID) AND pool_id = team.id)
                OR EXISTS (SELECT 1 FROM renewal_requests
                    WHERE patient_id = \(bind: patientID) AND pool_id = team.id AND status = \(bind: open))
            ) AS looks_after
            FROM patients CROSS JOIN (SELECT EXISTS (SELECT 1 FROM broken_glass WHERE staff_id = \(bind: staffID)
                AND patient_id = \(bind: patientID) AND expires_at > \(bind: now)) AS is_open) AS glass
            LEFT JOIN pool_members AS membership ON membership.staff_id = \(bind: staffID)
            LEFT JOIN care_pools AS team ON team.id = membership.pool_id
            WHERE patients.id = \(bind: patientID)
            """
        ).all()
        guard let first = rows.first else { return nil }
        var teams: Set<UUID> = []
        var looksAfter = false
        var glass = false
        for row in rows {
            glass = try row.decode(column: "glass", as: Bool.self)
            guard let team = try row.optional("team", as: UUID.self) else { continue }
            teams.insert(team)
            // HIM's inbox hears from every patient: working it is no care relationship.
            looksAfter = try looksAfter || row.optional("looks_after", as: Bool.self) == true
        }
        return (
            try first.decode(fluentModel: Patient.self),
            StaffRelationship(careTeams: teams, hasCareRelationship: looksAfter, hasOpenGlass: glass)
        )
    }
}

/// A clinician asked for a record outside their care teams: the answer is the form to break the glass.
struct BreakTheGlassNeeded: Error, Sendable {
    let patientID: UUID
}
