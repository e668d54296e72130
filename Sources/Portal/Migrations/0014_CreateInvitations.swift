import Fluent

struct CreateInvitations: AsyncMigration {
    var name: String { "0014_CreateInvitations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Invitation.schema)
            .id()
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("relationship", .string, .required)
            .field("email", .string, .required)
            .field("token_hash", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("wrong_answers", .int, .required)
            .field("verified_at", .datetime)
            .field("used_at", .datetime)
            .field("replaced_at", .datetime)
            .field("sent_by", .uuid, .references(StaffUser.schema, "id"))
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Invitation.schema).delete()
    }
}
