import Fluent
import Foundation
import SQLKit

/// Periodic jobs that one app server of the cluster runs per hour: the server that inserts
/// the hour's row runs the job; the others find the row there and leave it. On SQLite there
/// is one server, and the row records its runs all the same.
enum ClusterJobs {
    /// Names this process in the rows it claims: the host and the process id.
    static let node = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"

    /// The hour a time falls in, in UTC, as the slot a job runs once in.
    static func hourSlot(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        return String(seconds - ((seconds % 3600) + 3600) % 3600)
    }

    /// Claims the slot for this node; false when another node (or an earlier round) has it.
    static func claim(_ job: String, slot: String, at now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        return try await sql.insert(into: "job_runs")
            .columns("id", "job", "slot", "node", "started_at")
            .values(SQLBind(UUID()), SQLBind(job), SQLBind(slot), SQLBind(node), SQLBind(now))
            .ignoringConflicts(with: ["job", "slot"])
            .returning("id").all().count == 1
    }

    static func finish(_ job: String, slot: String, at now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update("job_runs").set("finished_at", to: SQLBind(now))
            .where("job", .equal, SQLBind(job)).where("slot", .equal, SQLBind(slot)).run()
    }
}
