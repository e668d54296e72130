import Fluent
import Foundation
import PortalCore
import SQLKit

/// Deletes the photos of insurance cards once their visit is well past: the front desk copies
/// the card at the visit, and the portal keeps a card no longer than an identity document
/// (`IDENTITY_DOCUMENT_RETENTION_DAYS` after the visit). A step is saved at the latest when
/// the visit starts and at the earliest 7 days before, so a step saved more than the
/// retention plus 7 days ago belongs to a visit at least the retention past. The rest of the
/// step (payer, member id) stays; each deletion is audited in its own transaction.
enum InsuranceCardRetention {
    static let batch = 100

    /// Batch after batch until one comes back short, so a busy day's backlog does not outlast
    /// the retention.
    @discardableResult
    static func deleteExpired(db: any Database, config: PortalConfig, audit: AuditWriter, now: Date) async throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(config.identityDocumentRetentionDays + 7) * 86_400)
        var deleted = 0
        while true {
            let expired = try await CheckInStep.query(on: db)
                .filter(\.$step ~~ CheckIns.Account.allCases.map { $0.step(CheckIns.insuranceStep) })
                .filter(\.$savedAt <= cutoff).filter(\.$content ~~ "Photo\"").sort(\.$savedAt).limit(batch).all()
            deleted += try await deleteBatch(expired, db: db, audit: audit, now: now)
            if expired.count < batch { break }
        }
        if deleted > 0 { try await audit.chainRecorded() }
        return deleted
    }

    private static func deleteBatch(_ expired: [CheckInStep], db: any Database, audit: AuditWriter, now: Date)
        async throws -> Int
    {
        var deleted = 0
        for step in expired {
            var insurance = try JSONDecoder().decode(CheckInInsurance.self, from: Data(step.content.utf8))
            let photos = CheckInInsurance.Side.allCases.compactMap { insurance.photo($0) }
            for side in CheckInInsurance.Side.allCases { insurance.setPhoto(side, nil) }
            let kept = String(decoding: try JSONEncoder().encode(insurance), as: UTF8.self)
            // Only a step still as read loses its photos: another app server running the same
            // job, or an earlier run that stopped half-way, deletes and audits nothing twice.
            let released = try await db.transaction { db in
                // The write first: on SQLite a transaction that reads and then writes is refused
                // while another writes (`TransactionLock.writeFirst`).
                guard let sql = db as? any SQLDatabase else { return false }
                let changed = try await sql.raw(
                    """
                    UPDATE check_in_steps SET content = \(bind: kept)
                    WHERE id = \(bind: try step.requireID()) AND content = \(bind: step.content)
                    RETURNING id
                    """
                ).all()
                guard !changed.isEmpty else { return false }
                // A step always has its check-in (a foreign key): thrown, so nothing is half done.
                guard let checkIn = try await CheckIn.find(step.checkInID, on: db) else { throw PortalError.internalFailure }
                if !photos.isEmpty { try await StoredDocument.query(on: db).filter(\.$id ~~ photos).delete() }
                try await audit.record(
                    AuditEntry(
                        actorKind: .system, actorID: nil, patientID: checkIn.patientID, action: .insuranceCardDeleted,
                        outcome: .success, clientAddress: nil, userAgent: nil, subject: .appointment(checkIn.appointmentID)),
                    at: now, on: db)
                return true
            }
            if released { deleted += 1 }
        }
        return deleted
    }
}
