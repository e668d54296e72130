import Fluent
import Foundation
import SQLKit

/// Deletes identity documents once their request has been decided for the configured
/// number of days. The request keeps its answers and decision; the audit trail records
/// each deletion, in the deletion's own transaction. Pending requests keep theirs, however old.
enum IdentityDocumentRetention {
    @discardableResult
    static func deleteExpired(db: any Database, config: PortalConfig, audit: AuditWriter, now: Date) async throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(config.identityDocumentRetentionDays) * 86_400)
        let expired = try await EnrollmentRequest.query(on: db)
            .filter(\.$status != EnrollmentRequest.Status.pending.rawValue)
            .filter(\.$decidedAt <= cutoff)
            .filter(\.$identityDocument.$id != nil)
            .limit(100).all()
        var deleted = 0
        for request in expired {
            guard let documentID = request.$identityDocument.id else { continue }
            // Only what is still there is deleted and audited: another app server running the
            // same job, or an earlier run that stopped half-way, leaves nothing twice.
            let released = try await db.transaction { db in
                guard let sql = db as? any SQLDatabase else { return false }
                let released =
                    try await sql.update(EnrollmentRequest.schema)
                    .set("identity_document_id", to: SQLLiteral.null).set("document_deleted_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(try request.requireID()))
                    .where("identity_document_id", .equal, SQLBind(documentID))
                    .returning("id").all().count == 1
                guard released else { return false }
                try await StoredDocument.query(on: db).filter(\.$id == documentID).delete()
                try await audit.record(
                    AuditEntry(
                        actorKind: .system, actorID: nil, patientID: request.$matchedPatient.id,
                        action: .identityDocumentDeleted, outcome: .success, clientAddress: nil, userAgent: nil,
                        subject: .enrollmentRequest(request.id!)),
                    at: now, on: db)
                return true
            }
            if released { deleted += 1 }
        }
        if deleted > 0 { try await audit.chainRecorded() }
        return deleted
    }
}
