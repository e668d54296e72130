import Fluent
import Foundation
import PortalCore
import SQLKit

/// Requests withdrawn before a withdrawal recorded when it left the queue have no
/// `answered_at`, so the appointments list, which leaves out requests settled more than 30
/// days ago, kept them forever. Each gets the time of the audited answer that withdrew it
/// (the last successful `scheduling.answered` for it, still pending or chained), or its
/// creation if the trail has none. The trail has no index on subjects: each batch of
/// requests is one pass over it, and only the few withdrawn in the weeks before withdrawals
/// were dated need one.
struct DateOldWithdrawals: AsyncMigration {
    var name: String { "0063_DateOldWithdrawals" }
    private static let batchSize = 500

    func prepare(on database: any Database) async throws {
        let undated = try await SchedulingRequest.query(on: database)
            .filter(\.$status == .withdrawn).filter(\.$answeredAt == nil).all()
        guard let sql = database as? any SQLDatabase else { return }
        for start in stride(from: 0, to: undated.count, by: Self.batchSize) {
            let batch = undated[start..<min(start + Self.batchSize, undated.count)]
            let subjects = try batch.map { AuditSubject.schedulingRequest(try $0.requireID()).text }
            var lastAnswer: [String: Int64] = [:]
            // Pending first: an event chained between the two reads is then read in the second.
            for table in [AuditPendingEvent.schema, AuditEvent.schema] {
                let rows = try await sql.select().column("subject")
                    .column(SQLFunction("MAX", args: SQLColumn("occurred_at_ms")), as: "at").from(table)
                    .where("action", .equal, AuditEntry.Action.schedulingAnswered.rawValue)
                    .where("outcome", .equal, AuditEntry.Outcome.success.rawValue)
                    .where("subject", .in, subjects).groupBy("subject").all()
                for row in rows {
                    let subject = try row.decode(column: "subject", as: String.self)
                    let at = try row.decode(column: "at", as: Int64.self)
                    lastAnswer[subject] = max(lastAnswer[subject] ?? at, at)
                }
            }
            for (request, subject) in zip(batch, subjects) {
                request.answeredAt =
                    lastAnswer[subject].map { Date(timeIntervalSince1970: Double($0) / 1_000) } ?? request.createdAt
                try await request.update(on: database)
            }
        }
    }

    /// The dates cannot be told from those withdrawals record themselves: they stay.
    func revert(on database: any Database) async throws {}
}
