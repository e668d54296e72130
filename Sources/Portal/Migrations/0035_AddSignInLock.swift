import Fluent

/// Each account counts its consecutive failed sign-ins; at the limit it is locked until
/// someone who can vouch for its owner unlocks it.
struct AddSignInLock: AsyncMigration {
    var name: String { "0035_AddSignInLock" }

    func prepare(on database: any Database) async throws {
        for table in ["members", "staff_users"] {
            // One column per statement: SQLite adds columns one at a time.
            try await database.schema(table).field("failed_sign_ins", .int, .required, .sql(.default(0))).update()
            try await database.schema(table).field("sign_in_locked_at", .datetime).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["members", "staff_users"] {
            try await database.schema(table).deleteField("failed_sign_ins").update()
            try await database.schema(table).deleteField("sign_in_locked_at").update()
        }
    }
}
