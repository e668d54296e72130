import Fluent
import SQLKit

/// One row per periodic job and hour: the app server that inserts it runs the job, so a
/// cluster runs each job once an hour, whichever node gets there first.
struct CreateJobRuns: AsyncMigration {
    var name: String { "0036_CreateJobRuns" }

    func prepare(on database: any Database) async throws {
        try await database.schema("job_runs")
            .id()
            .field("job", .string, .required)
            .field("slot", .string, .required)
            .field("node", .string, .required)
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime)
            .unique(on: "job", "slot")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("job_runs").delete()
    }
}
