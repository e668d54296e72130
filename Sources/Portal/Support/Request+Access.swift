import Fluent
import Foundation
import PortalCore
@_spi(AccessDoor) import PortalRecord
import SQLKit
import Vapor

/// A patient this request's viewer may see, with what the policy granted. Only the door
/// below makes one, so code holding an `AuthorizedPatient` has asked the policy, and
/// queries for patient data take it as their parameter.
struct AuthorizedPatient: Sendable {
    let patient: Patient
    let access: PatientAccess
    /// For a clinician who reached the patient through their care teams, those teams: their
    /// threads are the ones the clinician reads. Nil for everyone else (and after breaking the glass).
    let clinicianTeams: Set<UUID>?
    /// For a clinician, every care team they work (HIM's included), read with the door's
    /// decision whether or not they broke the glass; nil for everyone else.
    let staffCareTeams: Set<UUID>?

    fileprivate init(
        patient: Patient, access: PatientAccess, clinicianTeams: Set<UUID>? = nil, staffCareTeams: Set<UUID>? = nil
    ) {
        self.patient = patient
        self.access = access
        self.clinicianTeams = clinicianTeams
        self.staffCareTeams = staffCareTeams
    }

    /// Which of the patient's threads this viewer reads.
    var threadScope: ThreadScope { ThreadVisibility.scope(for: access, clinicianTeams: clinicianTeams) }

    var id: UUID { patient.id! }
    var ref: Ref<Patient> { Ref(id) }
    var level: AccessLevel { access.level }
    /// The decision as the clinical record takes it: made here, and nowhere else.
    var recordAccess: RecordAccess { RecordAccess(patientID: id, access: access) }
}

/// A member who may see a patient, and how.
struct AccessHolder: Sendable {
    let memberID: UUID
    let name: String
    let email: String
    let language: Language
    let access: PatientAccess

    /// Every member who may see the patient at that moment, decided by the policy from all
    /// of each member's grants to the patient; the patient's own account first.
    static func all(of patient: Patient, on db: any Database, at now: Date, in zone: TimeZone) async throws -> [AccessHolder] {
        guard let birth = LocalDate(iso: patient.birthDate), let patientID = patient.id else { return [] }
        let grants = try await AccessGrant.query(on: db).filter(\.$patient.$id == patientID).with(\.$member).all()
        return Dictionary(grouping: grants) { $0.$member.id }.values.compactMap { grants -> AccessHolder? in
            let member = grants[0].member
            let viewer = Viewer.member(isActive: member.status == .active, grants: grants.compactMap(\.facts))
            guard let access = AccessPolicy.decide(viewer: viewer, patientBirthDate: birth, at: now, in: zone).access else {
                return nil
            }
            return AccessHolder(
                memberID: member.id!, name: member.fullName, email: member.email, language: member.language, access: access)
        }
        .sorted { ($0.access.level == .patientSelf ? 0 : 1, $0.name) < ($1.access.level == .patientSelf ? 0 : 1, $1.name) }
    }

    /// One member's access to a patient at that moment, or nil when the policy gives none.
    static func one(
        _ memberID: UUID, ofPatient patientID: UUID, on db: any Database, at now: Date, in zone: TimeZone
    ) async throws -> AccessHolder? {
        guard let patient = try await Patient.find(patientID, on: db) else { return nil }
        return try await all(of: patient, on: db, at: now, in: zone).first { $0.memberID == memberID }
    }
}

extension AccessHolder {
    /// The patient's record as this member may see it now: what a queued notice asks when it
    /// is due. Made here, beside the policy's door, like every other `PatientRecord`.
    func record(ofPatient patientID: UUID, on db: any Database, now: Date) -> PatientRecord {
        PatientRecord(RecordAccess(patientID: patientID, access: access), db: db, now: now, resultDelayDays: 0)
    }
}

/// A former proxy's view of a patient whose parent access ended at 18.
struct EndedAccess: Sendable {
    let patientID: UUID
    let name: String
    let birthday: LocalDate
}

extension Request {
    /// The one door to a patient: asks the access policy for this viewer, now, and audits
    /// the attempt. A patient the viewer may not see is answered exactly like one that does
    /// not exist. Members are let through only where `members` says so and staff only with
    /// one of `staff`'s roles; anyone else who may see the patient gets 403, audited too.
    /// A caller that still has checks to make before the look counts (the route's CSRF
    /// token) passes `auditsSuccess: false` and records the success itself.
    func authorizedPatient(
        _ patientID: UUID?, action: AuditEntry.Action = .patientView, members: Bool = true,
        staff staffRoles: Set<StaffRole> = Set(StaffRole.allCases), auditsSuccess: Bool = true
    ) async throws -> AuthorizedPatient {
        // A malformed id is just another patient that does not exist.
        guard let patientID else { throw PortalError.notFound }
        let current = try requireSignedInAnyone()
        let authorized: AuthorizedPatient?
        if let member = current.member {
            // All of the member's patients, decided once: the page's record switcher needs them too.
            authorized = try await patientsVisibleToMember(member).first { $0.id == patientID }
        } else if let staff = current.staff,
            let (patient, reach) = try await StaffRelationship.patient(
                patientID, seenBy: staff, on: db, now: now)
        {
            guard staffRoles.contains(staff.role) else {
                try await audit(action, .denied, patientID: patientID)
                throw PortalError.forbidden
            }
            switch StaffReach.decide(staff.role, hasCareRelationship: reach.hasCareRelationship, hasOpenGlass: reach.hasOpenGlass)
            {
            case .granted:
                authorized = decide(.staff(staff.role), for: patient).map {
                    AuthorizedPatient(
                        patient: $0.patient, access: $0.access,
                        clinicianTeams: staff.role == .clinician && !reach.hasOpenGlass ? reach.careTeams : nil,
                        staffCareTeams: staff.role == .clinician ? reach.careTeams : nil)
                }
            case .denied:
                authorized = nil
            case .needsBreakingTheGlass:
                try await audit(action, .denied, patientID: patientID)
                throw BreakTheGlassNeeded(patientID: patientID)
            }
        } else {
            authorized = nil
        }
        guard let authorized else {
            try await audit(action, .denied, patientID: patientID)
            throw PortalError.notFound
        }
        let admitted =
            switch authorized.level {
            case .staff(let role): staffRoles.contains(role)
            default: members
            }
        guard admitted else {
            try await audit(action, .denied, patientID: patientID)
            throw PortalError.forbidden
        }
        if auditsSuccess { try await audit(action, .success, patientID: patientID) }
        return authorized
    }

    /// Every patient a member may see now, each decided by the policy from all the member's
    /// grants to that patient, youngest first.
    func patientsVisibleToMember(_ member: Member) async throws -> [AuthorizedPatient] {
        let grants = try await grantsWithPatients(of: member)
        return Dictionary(grouping: grants) { $0.$patient.id }.values.compactMap { grants in
            // A stored grant the policy cannot read is left out: it grants nothing.
            let viewer = Viewer.member(isActive: member.status == .active, grants: grants.compactMap(\.facts))
            return decide(viewer, for: grants[0].patient)
        }
        .sorted { $0.patient.birthDate > $1.patient.birthDate }
    }

    /// All the member's grants, each with its patient, in one read. A page (a GET, which
    /// changes no grant) reads them once and keeps them for the rest of the request: the
    /// door, the record switcher and the home page's closed records all decide from them.
    private func grantsWithPatients(of member: Member) async throws -> [AccessGrant] {
        let memberID = try member.requireID()
        let remembered = method == .GET && currentSession?.member?.id == memberID
        if remembered, let known = storage[MemberGrantsKey.self], known.memberID == memberID { return known.grants }
        let grants = try await Self.grantsWithPatientsRead.read([memberID], on: db).all().map { row in
            let grant = try JoinedModels.model(AccessGrant.self, from: row)
            grant.$patient.value = try JoinedModels.model(Patient.self, from: row)
            return grant
        }
        if remembered { storage[MemberGrantsKey.self] = (memberID, grants) }
        return grants
    }

    private static let grantsWithPatientsRead = StatementText {
        """
        SELECT \(unsafeRaw: JoinedModels.columns(of: AccessGrant.self)), \(unsafeRaw: JoinedModels.columns(of: Patient.self))
        FROM \(ident: AccessGrant.schema)
        JOIN \(ident: Patient.schema) ON \(ident: Patient.schema).id = \(ident: AccessGrant.schema).patient_id
        WHERE \(ident: AccessGrant.schema).member_id = \(bind: UUID())
        """
    }

    private struct MemberGrantsKey: StorageKey { typealias Value = (memberID: UUID, grants: [AccessGrant]) }

    /// Every member who may see this patient now, each decided by the policy from all their
    /// grants to the patient: what the patient's "who can see my record" page lists.
    func accessHolders(of authorized: AuthorizedPatient) async throws -> [AccessHolder] {
        try await AccessHolder.all(of: authorized.patient, on: db, at: now, in: hospitalTimeZone)
    }

    /// Patients whose access through this member's parent grant ended on their 18th
    /// birthday, so the family view can say why a child is no longer listed. Only the name
    /// and the birthday leave here: the record stays closed.
    func accessEndedAtEighteen(for member: Member, visible: [AuthorizedPatient]) async throws -> [EndedAccess] {
        let grants = try await grantsWithPatients(of: member).filter { $0.relationship != Relationship.`self`.rawValue }
        let stillVisible = Set(visible.map(\.id))
        var ended: [UUID: EndedAccess] = [:]
        for grant in grants where !stillVisible.contains(grant.$patient.id) {
            guard let facts = grant.facts, let birth = LocalDate(iso: grant.patient.birthDate),
                case .endedAtEighteen(let birthday) = GrantStatus.of(
                    facts, patientBirthDate: birth, at: now, in: hospitalTimeZone)
            else { continue }
            ended[grant.$patient.id] = EndedAccess(
                patientID: grant.$patient.id, name: grant.patient.shownName, birthday: birthday)
        }
        return ended.values.sorted { $0.birthday > $1.birthday }
    }

    private func decide(_ viewer: Viewer, for patient: Patient) -> AuthorizedPatient? {
        guard let birth = LocalDate(iso: patient.birthDate), patient.id != nil else { return nil }
        let decision = AccessPolicy.decide(viewer: viewer, patientBirthDate: birth, at: now, in: hospitalTimeZone)
        return decision.access.map { AuthorizedPatient(patient: patient, access: $0) }
    }
}

extension Request {
    /// The door for an app a member connected: the member's own access to the patient, now,
    /// with the member's result delay, exactly as their pages show it; nil when the member
    /// may not see the patient (or their account was closed).
    func patientSeenThroughApp(memberID: UUID, patientID: UUID) async throws -> (AuthorizedPatient, PatientRecord)? {
        guard let member = try await Member.find(memberID, on: db),
            let authorized = try await patientsVisibleToMember(member).first(where: { $0.id == patientID })
        else { return nil }
        let record = PatientRecord(authorized.recordAccess, db: db, now: now, resultDelayDays: member.resultDelayDays)
        return (authorized, record)
    }

    /// The door for a share code: the access its maker has to the patient now, when that
    /// access still lets them share (a parent's code stops on the child's 12th birthday);
    /// nil otherwise. What leaves is narrowed further to the normal tier by the pages.
    func patientSharedBy(memberID: UUID, patientID: UUID) async throws -> (AuthorizedPatient, PatientRecord)? {
        guard let member = try await Member.find(memberID, on: db),
            let authorized = try await patientsVisibleToMember(member).first(where: { $0.id == patientID }),
            ShareCodeRules.mayShare(authorized.level)
        else { return nil }
        return (authorized, PatientRecord(authorized.recordAccess, db: db, now: now, resultDelayDays: member.resultDelayDays))
    }

    /// The patient's record as this request's viewer may see it, with a member's own delay
    /// before new results show.
    func record(of authorized: AuthorizedPatient) -> PatientRecord {
        PatientRecord(
            authorized.recordAccess, db: db, now: now, resultDelayDays: currentSession?.member?.resultDelayDays ?? 0)
    }
}
