import Fluent
import PortalRecord
import SQLKit

/// Online check-in before a visit: one row per visit, and one per step saved (contact
/// details, insurance, the allergies and medicines reviewed, each questionnaire), each
/// saved on its own so a family can stop and come back.
struct CreateCheckIns: AsyncMigration {
    var name: String { "0061_CreateCheckIns" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CheckIn.schema)
            .id()
            .field("appointment_id", .uuid, .required, .references("appointments", "id"))
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("completed_at", .datetime)
            .unique(on: "appointment_id")
            .create()
        try await database.schema(CheckInStep.schema)
            .id()
            .field("check_in_id", .uuid, .required, .references(CheckIn.schema, "id"))
            .field("step", .string, .required)
            .field("content", .string, .required)
            .field("saved_at", .datetime, .required)
            .field("saved_by", .uuid, .required, .references(Member.schema, "id"))
            .field("saved_by_patient", .bool, .required)
            .unique(on: "check_in_id", "step")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CheckInStep.schema).delete()
        try await database.schema(CheckIn.schema).delete()
    }
}
