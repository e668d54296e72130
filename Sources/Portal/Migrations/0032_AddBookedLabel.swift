import Fluent
import SQLKit

/// A visit the portal booked keeps the label it was booked under (a teen's private
/// request makes a private visit) when the EHR later sends its own version of the visit:
/// the EHR's label may tighten it, never loosen it.
struct AddBookedLabel: AsyncMigration {
    var name: String { "0032_AddBookedLabel" }

    func prepare(on database: any Database) async throws {
        try await database.schema("appointments").field("booked_sensitivity", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            "UPDATE appointments SET booked_sensitivity = source_sensitivity WHERE source_key LIKE 'urn:portal:appointment|%'"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("appointments").deleteField("booked_sensitivity").update()
    }
}
