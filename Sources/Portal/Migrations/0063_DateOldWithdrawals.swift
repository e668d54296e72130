import Fluent
import Foundation
import PortalCore
import SQLKit

/// Requests withdrawn before a withdrawal recorded when it left the queue have no
/// `answered_at`, so the appointments list, which leaves out requests settled more than 30
/// days ago, kept them forever. Each gets the time of the audited answer that withdrew it
/// (the last successful `scheduling.answered` for it, chained or still pending), or its
/// creation if the trail has none.
struct DateOldWithdrawals: AsyncMigration {
    var name: String { "0063_DateOldWithdrawals" }

    func prepare(on database: any Database) async throws {
        let undated = try await SchedulingRequest.query(on: database)
            .filter(\.$status == .withdrawn).filter(\.$answeredAt == nil).all()
        guard !undated.isEmpty, let sql = database as? any SQLDatabase else { return }
        var lastAnswer: [String: Int64] = [:]
        for table in [AuditEvent.schema, AuditPendingEvent.schema] {
            let rows = try await sql.select().column("subject").column(
                SQLFunction("MAX", args: SQLColumn("occurred_at_ms")), as: "at"
            )
            .from(table)
            .where("action", .equal, AuditEntry.Action.schedulingAnswered.rawValue)
            .where("outcome", .equal, AuditEntry.Outcome.success.rawValue)
            .where("subject", .like, "appointment_request:%")
            .groupBy("subject").all()
            for row in rows {
                let subject = try row.decode(column: "subject", as: String.self)
                let at = try row.decode(column: "at", as: Int64.self)
                lastAnswer[subject] = max(lastAnswer[subject] ?? at, at)
            }
        }
        for request in undated {
            let answered = lastAnswer[AuditSubject.schedulingRequest(try request.requireID()).text]
            request.answeredAt = answered.map { Date(timeIntervalSince1970: Double($0) / 1_000) } ?? request.createdAt
            try await request.update(on: database)
        }
    }

    /// The dates cannot be told from those withdrawals record themselves: they stay.
    func revert(on database: any Database) async throws {}
}
