import Fluent
import SQLKit

/// Prescription renewals: which medicines the hospital renews through the portal, and the
/// families' requests, each waiting in the prescribing clinician's pool until decided.
struct CreateRenewals: AsyncMigration {
    var name: String { "0025_CreateRenewals" }

    func prepare(on database: any Database) async throws {
        try await database.schema("medications")
            .field("renewable_through_portal", .bool, .required, .sql(.default(true)))
            .update()
        try await database.schema("renewal_requests")
            .id()
            .field("patient_id", .uuid, .required, .references("patients", "id"))
            .field("medication_id", .uuid, .required, .references("medications", "id"))
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("pool_id", .uuid, .required, .references("care_pools", "id"))
            .field("sensitivity", .string, .required)
            .field("medicine_name", .string, .required)
            .field("pharmacy", .string, .required)
            .field("days_left", .int, .required)
            .field("comment", .string)
            .field("submission_key", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid, .references("staff_users", "id"))
            .field("refills_approved", .int)
            .field("decision_note", .string)
            .unique(on: "submission_key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A pool's open renewals, oldest first; a medicine's open request.
        try await sql.create(index: "renewal_requests_pool_open").on("renewal_requests")
            .column("pool_id").column("status").column("created_at").run()
        // One open request per medicine, whatever the race: a second tab's submit fails here.
        try await sql.raw(
            "CREATE UNIQUE INDEX renewal_requests_one_open ON renewal_requests (medication_id) WHERE status = 'open'"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("renewal_requests").delete()
        try await database.schema("medications").deleteField("renewable_through_portal").update()
    }
}
