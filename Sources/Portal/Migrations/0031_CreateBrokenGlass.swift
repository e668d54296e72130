import Fluent
import SQLKit

/// Clinicians' "break the glass" openings of records outside their care teams, for HIM to review.
struct CreateBrokenGlass: AsyncMigration {
    var name: String { "0031_CreateBrokenGlass" }

    func prepare(on database: any Database) async throws {
        try await database.schema(BrokenGlass.schema)
            .id()
            .field("staff_id", .uuid, .required, .references(StaffUser.schema, "id"))
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("reason", .string, .required)
            .field("explanation", .string, .required)
            .field("opened_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("reviewed_at", .datetime)
            .field("reviewed_by", .uuid, .references(StaffUser.schema, "id"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A clinician's open glass for a patient, asked at every page they open.
        try await sql.create(index: "broken_glass_staff_patient").on(BrokenGlass.schema)
            .column("staff_id").column("patient_id").column("expires_at").run()
        try await sql.create(index: "broken_glass_review").on(BrokenGlass.schema).column("reviewed_at").column("opened_at")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BrokenGlass.schema).delete()
    }
}
