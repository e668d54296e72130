import Fluent
import Foundation
import PortalCore

/// Renewal requests: which pool a medicine's renewal goes to, storing a request once, and
/// finding requests again for the family (through the access decision) and the clinicians.
enum Renewals {
    /// The prescriber's care team, preferring one that is also the patient's; else the
    /// patient's first care team. Nil when no pool can take it.
    static func pool(for medication: Medication, patientID: UUID, on db: any Database) async throws -> CarePool? {
        let patientPools = try await PatientCareTeam.query(on: db).filter(\.$patient.$id == patientID).with(\.$pool).all()
            .map(\.pool).filter { $0.kind == .careTeam }.sorted { $0.nameEnglish < $1.nameEnglish }
        if let prescriber = medication.prescriber,
            let clinician = try await StaffUser.query(on: db).filter(\.$fullName == prescriber)
                .filter(\.$role == .clinician).first()
        {
            let prescriberPools = try await PoolMember.query(on: db).filter(\.$staff.$id == clinician.requireID())
                .with(\.$pool).all().map(\.pool).filter { $0.kind == .careTeam }.sorted { $0.nameEnglish < $1.nameEnglish }
            if let shared = prescriberPools.first(where: { pool in patientPools.contains { $0.id == pool.id } }) {
                return shared
            }
            if let first = prescriberPools.first { return first }
        }
        return patientPools.first
    }

    static func openRequest(for medicationID: UUID, on db: any Database) async throws -> RenewalRequest? {
        try await RenewalRequest.query(on: db).filter(\.$medication.$id == medicationID).filter(\.$status == .open).first()
    }

    /// The newest request of each medicine, for the medication list.
    static func latest(for medicationIDs: [UUID], on db: any Database) async throws -> [UUID: RenewalRequest] {
        guard !medicationIDs.isEmpty else { return [:] }
        let requests = try await RenewalRequest.query(on: db).filter(\.$medication.$id ~~ medicationIDs)
            .sort(\.$createdAt, .descending).all()
        return Dictionary(requests.map { ($0.$medication.id, $0) }) { newer, _ in newer }
    }

    enum Outcome {
        case stored(RenewalRequest, isNew: Bool)
        case alreadyOpen(RenewalRequest?)
    }

    /// Stores the request unless its key already made one (a double click), or another
    /// request for the medicine is open (a second tab): one open request per medicine.
    static func submit(_ request: RenewalRequest, on db: any Database) async throws -> Outcome {
        if let earlier = try await byKey(request.submissionKey, on: db) { return .stored(earlier, isNew: false) }
        if let open = try await openRequest(for: request.$medication.id, on: db) { return .alreadyOpen(open) }
        do {
            try await request.create(on: db)
            return .stored(request, isNew: true)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            if let earlier = try await byKey(request.submissionKey, on: db) { return .stored(earlier, isNew: false) }
            return .alreadyOpen(try await openRequest(for: request.$medication.id, on: db))
        }
    }

    private static func byKey(_ key: String, on db: any Database) async throws -> RenewalRequest? {
        try await RenewalRequest.query(on: db).filter(\.$submissionKey == key).first()
    }

    /// A request the family member may see: this patient's, with a label the policy allows.
    static func forFamily(_ id: UUID, of authorized: AuthorizedPatient, on db: any Database) async throws -> RenewalRequest? {
        if case .staff = authorized.level { return nil }
        return try await RenewalRequest.query(on: db).filter(\.$id == id).filter(\.$patient.$id == authorized.id)
            .filter(\.$sensitivityValue ~~ authorized.access.visibleStorageValues).with(\.$pool).first()
    }

    /// A request in one of the pools this clinician works.
    static func forClinician(
        _ id: UUID, of authorized: AuthorizedPatient, staffID: UUID, on db: any Database
    ) async throws -> RenewalRequest? {
        guard case .staff(.clinician) = authorized.level else { return nil }
        let pools = try await PoolMember.query(on: db).filter(\.$staff.$id == staffID).all().map(\.$pool.id)
        return try await RenewalRequest.query(on: db).filter(\.$id == id).filter(\.$patient.$id == authorized.id)
            .filter(\.$pool.$id ~~ pools).with(\.$pool).with(\.$member).first()
    }

    /// A pool's open requests, oldest first, with their patients.
    static func open(in poolID: UUID, on db: any Database) async throws -> [RenewalRequest] {
        try await RenewalRequest.query(on: db).filter(\.$pool.$id == poolID).filter(\.$status == .open)
            .sort(\.$createdAt).sort(\.$id).with(\.$patient).range(..<200).all()
    }
}
