import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// Renewal requests: which care team a medicine's renewal goes to, storing a request once, and
/// finding requests again for the family (through the access decision) and the clinicians.
enum Renewals {
    /// The prescriber's care team, preferring one that is also the patient's; else the
    /// patient's first care team. Nil when no care team can take it. The EHR names the
    /// prescriber only by name: it counts only when exactly one active clinician has it.
    static func careTeam(for medication: Medication, patientID: UUID, on db: any Database) async throws -> CareTeam? {
        let patientCareTeams = try await PatientCareTeam.query(on: db).filter(\.$patient.$id == patientID).with(\.$careTeam).all()
            .map(\.careTeam).filter { $0.kind == .clinical }.sorted { $0.nameEnglish < $1.nameEnglish }
        var namesakes: [StaffUser] = []
        if let name = medication.prescriber {
            namesakes = try await StaffUser.query(on: db).filter(\.$fullName == name).filter(\.$role == .clinician)
                .filter(\.$status == .active).limit(2).all()
        }
        if namesakes.count == 1, let clinician = namesakes.first {
            let prescriberCareTeams = try await CareTeamStaff.query(on: db).filter(\.$staff.$id == clinician.requireID())
                .with(\.$careTeam).all().map(\.careTeam).filter { $0.kind == .clinical }.sorted {
                    $0.nameEnglish < $1.nameEnglish
                }
            if let shared = prescriberCareTeams.first(where: { careTeam in patientCareTeams.contains { $0.id == careTeam.id } }) {
                return shared
            }
            if let first = prescriberCareTeams.first { return first }
        }
        return patientCareTeams.first
    }

    /// The open request for a medicine that this family member may see.
    static func openRequest(
        for medicationID: UUID, visibleTo authorized: AuthorizedPatient, on db: any Database
    ) async throws -> RenewalRequest? {
        guard let query = familyView(authorized, on: db) else { return nil }
        return try await query.filter(\.$medicationID == medicationID).filter(\.$status == .open).first()
    }

    /// The open request for a medicine with this audience: one may be open per audience.
    private static func openRequest(
        for medicationID: UUID, labelled label: String, on db: any Database
    ) async throws -> RenewalRequest? {
        try await RenewalRequest.query(on: db).filter(\.$medicationID == medicationID).filter(\.$sensitivityValue == label)
            .filter(\.$status == .open).first()
    }

    /// The newest request of each medicine that this family member may see, for the
    /// medication list: a teen's private request, its comment and its answer stay theirs.
    static func latest(
        for medicationIDs: [UUID], visibleTo authorized: AuthorizedPatient, on db: any Database
    ) async throws -> [UUID: RenewalRequest] {
        guard !medicationIDs.isEmpty, let query = familyView(authorized, on: db) else { return [:] }
        let requests = try await query.filter(\.$medicationID ~~ medicationIDs).sort(\.$createdAt, .descending).all()
        return Dictionary(requests.map { ($0.medicationID, $0) }) { newer, _ in newer }
    }

    enum Outcome {
        case stored(RenewalRequest, isNew: Bool)
        case alreadyOpen(RenewalRequest?)
    }

    /// Stores the request unless its key already made one (a double click), or another
    /// request for the medicine is open (a second tab): one open request per medicine.
    /// The new request and its audit event are one transaction.
    static func submit(_ request: RenewalRequest, for req: Request) async throws -> Outcome {
        let db = req.db
        if let earlier = try await byKey(request.submissionKey, on: db) { return .stored(earlier, isNew: false) }
        if let open = try await openRequest(for: request.medicationID, labelled: request.sensitivityValue, on: db) {
            return .alreadyOpen(open)
        }
        do {
            try await req.auditedChange { change in
                try await request.create(on: change.db)
                try await change.audit(
                    .renewalRequested, .success, patientID: request.$patient.id, subject: .renewal(request.requireID()))
            }
            return .stored(request, isNew: true)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            if let earlier = try await byKey(request.submissionKey, on: db) { return .stored(earlier, isNew: false) }
            return .alreadyOpen(try await openRequest(for: request.medicationID, labelled: request.sensitivityValue, on: db))
        }
    }

    private static func byKey(_ key: String, on db: any Database) async throws -> RenewalRequest? {
        try await RenewalRequest.query(on: db).filter(\.$submissionKey == key).first()
    }

    /// A request the family member may see: this patient's, with a label the policy allows.
    static func forFamily(_ id: UUID, of authorized: AuthorizedPatient, on db: any Database) async throws -> RenewalRequest? {
        try await familyView(authorized, on: db)?.filter(\.$id == id).with(\.$careTeam).first()
    }

    /// The requests a family member sees: this patient's, with labels the policy lets them see.
    private static func familyView(_ authorized: AuthorizedPatient, on db: any Database) -> QueryBuilder<RenewalRequest>? {
        if case .staff = authorized.level { return nil }
        return RenewalRequest.query(on: db).filter(\.$patient.$id == authorized.id)
            .filter(\.$sensitivityValue ~~ authorized.access.visibleStorageValues)
    }

    /// A request in one of the care teams this clinician works.
    static func forClinician(
        _ id: UUID, of authorized: AuthorizedPatient, staffID: UUID, on db: any Database
    ) async throws -> RenewalRequest? {
        guard case .staff(.clinician) = authorized.level else { return nil }
        let careTeams = try await CareTeamStaff.query(on: db).filter(\.$staff.$id == staffID).all().map(\.$careTeam.id)
        return try await RenewalRequest.query(on: db).filter(\.$id == id).filter(\.$patient.$id == authorized.id)
            .filter(\.$careTeam.$id ~~ careTeams).with(\.$careTeam).with(\.$member).first()
    }

    /// A care team's open requests, oldest first, with their patients.
    static func open(in careTeamID: UUID, on db: any Database) async throws -> [RenewalRequest] {
        let requests = try await RenewalRequest.query(on: db).filter(\.$careTeam.$id == careTeamID).filter(\.$status == .open)
            .join(Patient.self, on: \RenewalRequest.$patient.$id == \Patient.$id)
            .sort(\.$createdAt).sort(\.$id).range(..<200).all()
        for request in requests { request.$patient.value = try request.joined(Patient.self) }
        return requests
    }
}
