import Fluent
import SQLKit

/// Old sign-in attempts and form uses are pruned by time: an index on the time alone keeps
/// that from reading the whole table.
struct IndexAttemptTimes: AsyncMigration {
    var name: String { "0038_IndexAttemptTimes" }

    func prepare(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?
            .create(index: "sign_in_failures_time").on(SignInFailure.schema).column("failed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "sign_in_failures_time").run()
    }
}
