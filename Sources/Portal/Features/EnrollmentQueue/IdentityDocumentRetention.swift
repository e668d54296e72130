import Fluent
import Foundation

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
        for request in expired {
            guard let documentID = request.$identityDocument.id else { continue }
            try await db.transaction { db in
                request.$identityDocument.id = nil
                request.documentDeletedAt = now
                try await request.save(on: db)
                try await StoredDocument.query(on: db).filter(\.$id == documentID).delete()
            }
            try await audit.append(
                AuditEntry(
                    actorKind: .system, actorID: nil, patientID: request.$matchedPatient.id, action: .identityDocumentDeleted,
                    outcome: .success, clientAddress: nil, userAgent: nil, subject: .enrollmentRequest(request.id!)),
                at: now)
        }
        return expired.count
    }
}
