import Fluent
import SQLKit

struct CreateSignInFailures: AsyncMigration {
    var name: String { "0007_CreateSignInFailures" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SignInFailure.schema)
            .id()
            .field("throttle_key", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        try await (database as? any SQLDatabase)?
            .create(index: "sign_in_failures_key_time").on(SignInFailure.schema)
            .column("throttle_key").column("failed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignInFailure.schema).delete()
    }
}
