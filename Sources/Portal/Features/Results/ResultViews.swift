import Fluent
import Foundation
import PortalRecord
import SQLKit

/// Which results a member has seen. A result is new to a member for 30 days after its
/// release until it has been on their screen once.
enum ResultViews {
    static let newFor: TimeInterval = 30 * 86_400

    /// What the record's front page counts as new to the member: released within
    /// `newFor` and never on their screen.
    static func newResults(for memberID: UUID, now: Date) -> PatientRecord.NewResults {
        PatientRecord.NewResults(since: now.addingTimeInterval(-newFor)) { id in
            SQLQueryString(
                "NOT EXISTS (SELECT 1 FROM \(ident: ResultView.schema) WHERE member_id = \(bind: memberID) AND item_id = \(id))")
        }
    }

    /// Of these recently released items, the ones the member has not seen.
    static func unseen(_ itemIDs: [UUID], by memberID: UUID, on db: any Database) async throws -> Set<UUID> {
        guard !itemIDs.isEmpty else { return [] }
        let seen = try await ResultView.query(on: db).filter(\.$member.$id == memberID).filter(\.$itemID ~~ itemIDs)
            .all(\.$itemID)
        return Set(itemIDs).subtracting(seen)
    }

    /// Records that the member has now seen these items; seeing one twice is harmless.
    static func markSeen(_ itemIDs: Set<UUID>, by memberID: UUID, at now: Date, on db: any Database) async throws {
        for itemID in itemIDs {
            do {
                try await ResultView(memberID: memberID, itemID: itemID, viewedAt: now).create(on: db)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Another tab recorded it first.
            }
        }
    }
}
