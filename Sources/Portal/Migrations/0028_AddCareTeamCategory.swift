import Fluent

/// A care team can give confidential care (an adolescent clinic): its name is then shown
/// only to viewers who may see that kind of care. Existing teams are not confidential.
struct AddCareTeamCategory: AsyncMigration {
    var name: String { "0028_AddCareTeamCategory" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CareTeam.schema).field("confidential_category", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CareTeam.schema).deleteField("confidential_category").update()
    }
}
