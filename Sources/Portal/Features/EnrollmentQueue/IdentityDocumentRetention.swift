import Fluent
import Foundation
import SQLKit

/// Deletes identity documents once their request has been decided for the configured
/// number of days. The request keeps its answers and decision; the audit trail records
/// each deletion. Pending requests keep theirs, however old.
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
                if released { try await StoredDocument.query(on: db).filter(\.$id == documentID).delete() }
                return released
            }
            guard released else { continue }
            deleted += 1
            try await audit.append(
                AuditEntry(
                    actorKind: .system, actorID: nil, patientID: request.$matchedPatient.id, action: .identityDocumentDeleted,
                    outcome: .success, clientAddress: nil, userAgent: nil, subject: .enrollmentRequest(request.id!)),
                at: now)
        }
        return deleted
    }
}
