import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import SQLKit

/// Check-ins as stored. Each step is saved by one statement that decides whether it may:
/// a step the patient saved from their own account is not overwritten from a parent's.
struct CheckIns: Sendable {
    let db: any Database
    let now: Date

    /// The check-in alone, without its steps: how far the family got.
    func checkIn(appointmentID: UUID) async throws -> CheckIn? {
        try await CheckIn.query(on: db).filter(\.$appointmentID == appointmentID).first()
    }

    func find(appointmentID: UUID) async throws -> (checkIn: CheckIn, steps: [String: CheckInStep])? {
        guard let checkIn = try await checkIn(appointmentID: appointmentID) else { return nil }
        let steps = try await CheckInStep.query(on: db).filter(\.$checkInID == checkIn.requireID()).all()
        return (checkIn, Dictionary(steps.map { ($0.step, $0) }) { first, _ in first })
    }

    /// Saves `content` as the step; false when the patient's own answer stands in the way. A
    /// change after finishing re-opens the check-in, so staff never read "done" over answers
    /// changed since; a private screen's does not (`reopens` false), or a parent would see
    /// from "done" going away that the teenager answered something.
    func save(
        step: String, content: String, appointmentID: UUID, patientID: UUID, memberID: UUID, byPatient: Bool,
        reopens: Bool = true
    ) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let checkIn = try await sql.raw(
            """
            INSERT INTO check_ins (id, appointment_id, patient_id, created_at, updated_at)
            VALUES (\(bind: UUID()), \(bind: appointmentID), \(bind: patientID), \(bind: now), \(bind: now))
            ON CONFLICT (appointment_id) DO UPDATE SET updated_at = excluded.updated_at,
                completed_at = CASE WHEN \(bind: reopens) THEN NULL ELSE check_ins.completed_at END
            RETURNING id
            """
        ).first()
        guard let checkInID = try checkIn?.decode(column: "id", as: UUID.self) else { throw PortalError.internalFailure }
        let saved = try await sql.raw(
            """
            INSERT INTO check_in_steps (id, check_in_id, step, content, saved_at, saved_by, saved_by_patient)
            VALUES (\(bind: UUID()), \(bind: checkInID), \(bind: step), \(bind: content), \(bind: now), \(bind: memberID),
                    \(bind: byPatient))
            ON CONFLICT (check_in_id, step) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at,
                saved_by = excluded.saved_by, saved_by_patient = excluded.saved_by_patient
            WHERE check_in_steps.saved_by_patient = \(bind: false) OR excluded.saved_by_patient = \(bind: true)
            RETURNING id
            """
        ).first()
        return saved != nil
    }

    /// Marks the check-in done, once; true when this call did.
    func finish(appointmentID: UUID) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            UPDATE check_ins SET completed_at = \(bind: now), updated_at = \(bind: now)
            WHERE appointment_id = \(bind: appointmentID) AND completed_at IS NULL
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// The patient's check-ins for visits in these departments from `since` on: the front
    /// desk's reach ends soon after the visit.
    static func count(patientID: UUID, departments: [UUID], since: Date, on db: any Database) async throws -> Int {
        let visits = try await PatientRecord.visitIDs(of: patientID, in: departments, since: since, on: db)
        guard !visits.isEmpty else { return 0 }
        return try await CheckIn.query(on: db).filter(\.$appointmentID ~~ visits).count()
    }

    /// Saves a questionnaire's answers merged into what is saved at this moment, under the
    /// visit's lock: two parts saved at once from two tabs each keep their answers, where a
    /// merge into what each request read first would keep only the last. False when the
    /// patient's own answers stand in the way.
    func saveAnswers(
        step: String, merging merge: @Sendable (IntakeAnswers) -> IntakeAnswers, appointmentID: UUID, patientID: UUID,
        memberID: UUID, byPatient: Bool, reopens: Bool
    ) async throws -> Bool {
        try await TransactionLock.take(Self.lockKey(appointmentID), on: db)
        let current = try await find(appointmentID: appointmentID)?.steps[step]
        if current?.savedByPatient == true && !byPatient { return false }
        let answers = try current.map { try JSONDecoder().decode(IntakeAnswers.self, from: Data($0.content.utf8)) }
        let content = String(decoding: try JSONEncoder().encode(merge(answers ?? IntakeAnswers())), as: UTF8.self)
        return try await save(
            step: step, content: content, appointmentID: appointmentID, patientID: patientID, memberID: memberID,
            byPatient: byPatient, reopens: reopens)
    }

    static func lockKey(_ appointmentID: UUID) -> String { "check-in:\(appointmentID.uuidString)" }

    enum InsuranceRefusal: Error {
        /// A photo the form relied on was replaced or removed by a save that came first.
        case photoGone
    }

    /// Saves the insurance step with any new card photos, in the caller's transaction: the
    /// new photos are stored, the step is saved, and the photos it no longer names are
    /// deleted. Under a lock per visit, so two saves at once cannot each keep a photo the
    /// other deletes. A side without a new photo keeps the one saved.
    func saveInsurance(
        _ insurance: CheckInInsurance, step key: String, newPhotos: [CheckInInsurance.Side: StoredDocument],
        appointmentID: UUID, patientID: UUID, memberID: UUID, byPatient: Bool
    ) async throws -> (saved: Bool, deletedPhotos: Int) {
        try await TransactionLock.take(Self.lockKey(appointmentID), on: db)
        let step = try await find(appointmentID: appointmentID)?.steps[key]
        // Decided before any photo is stored: a refused save leaves nothing behind.
        if step?.savedByPatient == true && !byPatient { return (false, 0) }
        let before = try step.map { try JSONDecoder().decode(CheckInInsurance.self, from: Data($0.content.utf8)) }
        var saved = insurance
        if insurance.coverage == .insured {
            for side in CheckInInsurance.Side.allCases {
                if let document = newPhotos[side] {
                    try await document.create(on: db)
                    saved.setPhoto(side, try document.requireID())
                } else {
                    guard let kept = before?.photo(side) else { throw InsuranceRefusal.photoGone }
                    saved.setPhoto(side, kept)
                }
            }
        }
        let content = String(decoding: try JSONEncoder().encode(saved), as: UTF8.self)
        // Refused only if the lock failed to hold: thrown, so the photos stored above roll back.
        guard
            try await save(
                step: key, content: content, appointmentID: appointmentID, patientID: patientID, memberID: memberID,
                byPatient: byPatient, reopens: !byPatient)
        else { throw PortalError.forbidden }
        let dropped = CheckInInsurance.Side.allCases.compactMap { before?.photo($0) }
            .filter { $0 != saved.frontPhoto && $0 != saved.backPhoto }
        if !dropped.isEmpty { try await StoredDocument.query(on: db).filter(\.$id ~~ dropped).delete() }
        return (true, dropped.count)
    }

    static func questionnaireStep(_ id: UUID) -> String { "questionnaire:\(id.uuidString.lowercased())" }
    static let contactStep = "contact"
    static let insuranceStep = "insurance"
    static let reviewStep = "allergies-and-medicines"

    /// A step the patient keeps apart from the family's, saved from their own account: a
    /// teenager's review of their medicines, or their insurance, is theirs and the hospital's,
    /// never shows on a parent's check-in, not even as having been saved, and does not lock
    /// the parent out of their own.
    enum Account: CaseIterable {
        case family, patient

        func step(_ base: String) -> String { self == .family ? base : "\(base):patient" }
    }
}
