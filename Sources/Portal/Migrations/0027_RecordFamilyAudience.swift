import Fluent
import SQLKit

/// What a family member creates carries an audience (see `FamilyFactAudience`): guest links
/// get the label requests already have; links made before this carried the family's view
/// of the visit, so they are normal. A teen's private renewal request and a parent's may be
/// open for the same medicine at once, so neither learns of the other from a refusal: one
/// open request per medicine and audience.
struct RecordFamilyAudience: AsyncMigration {
    var name: String { "0027_RecordFamilyAudience" }

    func prepare(on database: any Database) async throws {
        try await database.schema(VisitGuestPass.schema)
            .field("sensitivity", .string, .required, .sql(.default("normal")))
            .update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX renewal_requests_one_open").run()
        try await sql.raw(
            "CREATE UNIQUE INDEX renewal_requests_one_open ON renewal_requests (medication_id, sensitivity) WHERE status = 'open'"
        ).run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX renewal_requests_one_open").run()
            try await sql.raw(
                "CREATE UNIQUE INDEX renewal_requests_one_open ON renewal_requests (medication_id) WHERE status = 'open'"
            ).run()
        }
        try await database.schema(VisitGuestPass.schema).deleteField("sensitivity").update()
    }
}
