import Fluent
import SQLKit

/// The key of the form that made a share code: the same form sent again (a refresh of the
/// page that showed the code) makes no second code.
struct AddShareCodeSubmissionKeys: AsyncMigration {
    var name: String { "0062_AddShareCodeSubmissionKeys" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ShareCodeRecord.schema).field("submission_key", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "share_codes_submission").unique().on(ShareCodeRecord.schema)
            .column("created_by").column("submission_key").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "share_codes_submission").run()
        try await database.schema(ShareCodeRecord.schema).deleteField("submission_key").update()
    }
}
