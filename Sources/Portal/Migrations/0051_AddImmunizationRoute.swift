import Fluent

/// An immunization's site and route keep their codes, so the portal can say them in the
/// viewer's language; the route is stored for the first time.
struct AddImmunizationRoute: AsyncMigration {
    var name: String { "0051_AddImmunizationRoute" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per statement.
        for column in ["site_code", "route", "route_code"] {
            try await database.schema("immunizations").field(.string(column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in ["route_code", "route", "site_code"] {
            try await database.schema("immunizations").deleteField(.string(column)).update()
        }
    }
}
