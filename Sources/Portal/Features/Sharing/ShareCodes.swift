@preconcurrency import Crypto
import Fluent
import Foundation
import PortalCore
import SQLKit

/// Share codes as stored: making one (at most `activeLimit` in use per patient, counted
/// under a lock), stopping one, and a try at one, where a wrong date of birth is counted and
/// the code locked by one conditional statement, however many tries arrive at once.
struct ShareCodes: Sendable {
    static let activeLimit = 10

    let db: any Database
    let now: Date
    let key: SymmetricKey

    init(db: any Database, now: Date, secretsKey: [UInt8]) {
        self.init(
            db: db, now: now,
            key: HKDF<SHA256>.deriveKey(
                inputKeyMaterial: SymmetricKey(data: secretsKey), info: Data("portal share codes v1".utf8),
                outputByteCount: 32))
    }

    init(db: any Database, now: Date, key: SymmetricKey) {
        self.db = db
        self.now = now
        self.key = key
    }

    enum Refusal: Error {
        case tooManyActive
        /// The form that made a code was sent again (a refresh): the code was shown once.
        case alreadyMade
    }

    /// A new code, stored as its keyed hash; the code itself is returned to be shown once.
    func create(
        patientID: UUID, creatorID: UUID, byPatient: Bool, kind: SharedRecordKind, days: Int, note: String?,
        submissionKey: String
    ) async throws -> (code: ShareCode, record: ShareCodeRecord) {
        let code = ShareCode.random()
        let record = ShareCodeRecord()
        record.$patient.id = patientID
        record.$creator.id = creatorID
        record.createdByPatient = byPatient
        record.kind = kind.rawValue
        record.lookupKey = code.lookupKey(secret: key)
        record.ending = code.ending
        record.note = note
        record.createdAt = now
        record.expiresAt = now.addingTimeInterval(TimeInterval(days) * 86_400)
        record.wrongBirthDates = 0
        record.submissionKey = submissionKey
        // The maker's forms first, then the record's codes, always in this order: the same form
        // sent for two records at once, or twice for one, is found by the second.
        try await TransactionLock.take("share-code-forms:\(creatorID.uuidString)", on: db)
        try await TransactionLock.take("share-codes:\(patientID.uuidString)", on: db)
        let resent = try await ShareCodeRecord.query(on: db).filter(\.$creator.$id == creatorID)
            .filter(\.$submissionKey == submissionKey).first()
        guard resent == nil else { throw Refusal.alreadyMade }
        let active = try await ShareCodeRecord.query(on: db).filter(\.$patient.$id == patientID)
            .filter(\.$revokedAt == nil).filter(\.$lockedAt == nil).filter(\.$expiresAt > now).count()
        guard active < Self.activeLimit else { throw Refusal.tooManyActive }
        try await record.create(on: db)
        return (code, record)
    }

    /// The codes a viewer of the sharing page sees, each with its tries, newest first: a
    /// teenager's own codes are theirs alone.
    func listed(for patientID: UUID, viewerIsPatient: Bool) async throws -> [(ShareCodeRecord, [ShareCodeUse])] {
        var query = ShareCodeRecord.query(on: db).filter(\.$patient.$id == patientID).with(\.$creator)
        if !viewerIsPatient { query = query.filter(\.$createdByPatient == false) }
        let codes = try await query.sort(\.$createdAt, .descending).all()
        let uses = try await ShareCodeUse.query(on: db).filter(\.$shareCode.$id ~~ codes.compactMap(\.id))
            .sort(\.$at, .descending).all()
        let byCode = Dictionary(grouping: uses) { $0.$shareCode.id }
        return codes.map { ($0, byCode[$0.id ?? UUID()] ?? []) }
    }

    /// Stops a code this viewer may see; true when this call stopped it.
    func revoke(_ id: UUID, patientID: UUID, viewerIsPatient: Bool) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            UPDATE share_codes SET revoked_at = \(bind: now)
            WHERE id = \(bind: id) AND patient_id = \(bind: patientID) AND revoked_at IS NULL
              AND (\(bind: viewerIsPatient) OR created_by_patient = \(bind: false))
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    enum Attempt {
        /// No such code.
        case unknown
        case wrongBirthDate(triesLeft: Int, ShareCodeRecord)
        /// This try, or an earlier one, locked it.
        case locked(ShareCodeRecord)
        /// Expired or stopped.
        case closed(ShareCodeRecord)
        /// The code and the date of birth match; the door decides next whether it still opens.
        case matched(ShareCodeRecord)
    }

    func attempt(_ code: ShareCode, birthDate: LocalDate) async throws -> Attempt {
        guard
            let record = try await ShareCodeRecord.query(on: db).filter(\.$lookupKey == code.lookupKey(secret: key))
                .with(\.$patient).first()
        else { return .unknown }
        let state = ShareCodeRules.state(
            expiresAt: record.expiresAt, revoked: record.revokedAt != nil, locked: record.lockedAt != nil, at: now)
        switch state {
        case .locked: return .locked(record)
        case .revoked, .expired: return .closed(record)
        case .active: break
        }
        let limit = ShareCodeRules.maxWrongBirthDates
        let sql = db as! any SQLDatabase
        if LocalDate(iso: record.patient.birthDate) == birthDate {
            // Decided by the row as it is when this statement runs, not as it was read: of
            // many tries at once, a right one opens only ahead of the fifth wrong one.
            let open = try await sql.raw(
                """
                UPDATE share_codes SET wrong_birth_dates = wrong_birth_dates
                WHERE id = \(bind: record.requireID()) AND locked_at IS NULL AND revoked_at IS NULL
                  AND expires_at > \(bind: now)
                RETURNING id
                """
            ).first()
            return open == nil ? .locked(record) : .matched(record)
        }
        let counted = try await sql.raw(
            """
            UPDATE share_codes SET wrong_birth_dates = wrong_birth_dates + 1,
                locked_at = CASE WHEN wrong_birth_dates + 1 >= \(bind: limit) THEN \(bind: now) ELSE NULL END
            WHERE id = \(bind: record.requireID()) AND locked_at IS NULL AND revoked_at IS NULL
              AND expires_at > \(bind: now)
            RETURNING wrong_birth_dates
            """
        ).first()
        guard let counted, let wrong = try? counted.decode(column: "wrong_birth_dates", as: Int.self) else {
            // Another try locked or someone stopped it in the meantime.
            return .locked(record)
        }
        return wrong >= limit ? .locked(record) : .wrongBirthDate(triesLeft: limit - wrong, record)
    }

    func recordUse(_ record: ShareCodeRecord, _ outcome: ShareCodeUse.Outcome, browser: String) async throws {
        try await ShareCodeUse(shareCodeID: record.requireID(), at: now, outcome: outcome, browser: browser).create(on: db)
    }

    /// "Chrome/Windows", or empty when the browser cannot be told: what the family's list names.
    static func browser(of userAgent: String?) -> String {
        BrowserDescription.of(userAgent: userAgent).map { "\($0.browser)/\($0.system)" } ?? ""
    }
}
