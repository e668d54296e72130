import Fluent

/// The ages each department sees, in whole years; either end may be open.
struct AddDepartmentAges: AsyncMigration {
    var name: String { "0050_AddDepartmentAges" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema("departments").field("ages_from", .int).update()
        try await database.schema("departments").field("ages_through", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("departments").deleteField("ages_through").update()
        try await database.schema("departments").deleteField("ages_from").update()
    }
}
