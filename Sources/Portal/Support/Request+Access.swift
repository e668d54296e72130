import Fluent
import Foundation
import PortalCore
import Vapor

/// A patient this request's viewer may see, with the level the policy granted. Only the
/// helpers below make one, so code holding an `AuthorizedPatient` has asked the policy,
/// and queries for patient data take it as their parameter.
struct AuthorizedPatient: Sendable {
    let patient: Patient
    let level: AccessLevel
    let relationship: Relationship?
    let grantKind: GrantKind?

    fileprivate init(patient: Patient, level: AccessLevel, relationship: Relationship?, grantKind: GrantKind?) {
        self.patient = patient
        self.level = level
        self.relationship = relationship
        self.grantKind = grantKind
    }

    var id: UUID { patient.id! }
}

extension Request {
    /// The one door to a patient: asks the access policy for this viewer, today, and audits
    /// the attempt. A patient the viewer may not see is answered exactly like one that does
    /// not exist.
    func authorizedPatient(_ patientID: UUID, action: AuditEntry.Action = .patientView) async throws -> AuthorizedPatient {
        let current = try requireSignedInAnyone()
        let decision: AuthorizedPatient?
        if let member = current.member {
            decision = try await memberAccess(memberID: member.requireID(), patientIDs: [patientID]).first
        } else {
            decision = try await Patient.find(patientID, on: db).map {
                AuthorizedPatient(patient: $0, level: .staff, relationship: nil, grantKind: nil)
            }
        }
        guard let decision else {
            try await audit(action, .denied, patientID: patientID)
            throw PortalError.notFound
        }
        try await audit(action, .success, patientID: patientID)
        return decision
    }

    /// Every patient a member may see today, decided one by one by the policy.
    func patientsVisibleToMember(_ memberID: UUID) async throws -> [AuthorizedPatient] {
        try await memberAccess(memberID: memberID, patientIDs: nil)
    }

    private func memberAccess(memberID: UUID, patientIDs: [UUID]?) async throws -> [AuthorizedPatient] {
        var query = AccessGrant.query(on: db).filter(\.$member.$id == memberID).with(\.$patient)
        if let patientIDs { query = query.filter(\.$patient.$id ~~ patientIDs) }
        let grants = try await query.all()
        let instant = now
        var best: [UUID: AuthorizedPatient] = [:]
        for grant in grants {
            let patient = grant.patient
            guard let birth = LocalDate(iso: patient.birthDate), let patientID = patient.id else { continue }
            let decision = AccessPolicy.decide(
                grant: grant.facts, patientBirthDate: birth, at: instant, in: hospitalTimeZone)
            guard let level = decision.level else { continue }
            let candidate = AuthorizedPatient(
                patient: patient, level: level, relationship: grant.facts?.relationship, grantKind: grant.facts?.kind)
            // Two grants to one patient (an expired and a current one): the wider view wins.
            if let existing = best[patientID], existing.level.rank >= level.rank { continue }
            best[patientID] = candidate
        }
        return best.values.sorted { $0.patient.birthDate > $1.patient.birthDate }
    }
}

extension AccessLevel {
    fileprivate var rank: Int {
        switch self {
        case .proxyAdolescentLimited: 0
        case .proxyFull: 1
        case .patientSelf: 2
        case .staff: 3
        }
    }
}
