import Fluent

/// A visit the EHR sends while a stricter request of the patient's waits in its department
/// is held under that request's label until the request is booked, declined or withdrawn.
struct AddVisitHolds: AsyncMigration {
    var name: String { "0049_AddVisitHolds" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema("appointments").field("held_sensitivity", .string).update()
        try await database.schema("appointments").field("held_for_request", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("appointments").deleteField("held_for_request").update()
        try await database.schema("appointments").deleteField("held_sensitivity").update()
    }
}
