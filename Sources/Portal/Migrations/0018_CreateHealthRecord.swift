import Fluent
import SQLKit

/// The health record fed from the EHR: laboratory reports and results, imaging reports,
/// medications, allergies and immunizations, and what documents need to be imported.
/// Every table carries the same columns for where an item came from (its identifier in the
/// EHR, the version and a hash of what was imported) and for who may see it (the label in
/// force, the label the EHR sent, and a clinician's restriction).
struct CreateHealthRecord: AsyncMigration {
    var name: String { "0018_CreateHealthRecord" }

    func prepare(on database: any Database) async throws {
        try await itemTable("lab_reports", on: database)
            .field("code_system", .string).field("code", .string).field("name", .string, .required)
            .field("status", .string, .required)
            .field("collected_at", .datetime, .required).field("issued_at", .datetime)
            .field("conclusion", .string)
            .create()
        try await itemTable("lab_results", on: database)
            .field("report_id", .uuid, .references("lab_reports", "id"))
            .field("code_system", .string).field("code", .string).field("name", .string, .required)
            .field("value_kind", .string).field("value_number", .double).field("value_comparator", .string)
            .field("value_text", .string).field("unit", .string)
            .field("range_low", .double).field("range_high", .double).field("range_text", .string)
            .field("interpretation", .string).field("status", .string, .required)
            .field("was_corrected", .bool, .required, .sql(.default(false)))
            .field("collected_at", .datetime, .required).field("issued_at", .datetime)
            .field("note", .string)
            .create()
        try await itemTable("imaging_reports", on: database)
            .field("code_system", .string).field("code", .string).field("name", .string, .required)
            .field("modality", .string).field("body_site", .string)
            .field("findings", .string).field("impression", .string).field("status", .string, .required)
            .field("performed_at", .datetime, .required).field("issued_at", .datetime)
            .create()
        try await itemTable("medications", on: database)
            .field("code_system", .string).field("code", .string).field("name", .string, .required)
            .field("dose", .string).field("instructions", .string).field("prescriber", .string)
            .field("started_on", .string).field("refills", .int).field("pharmacy", .string)
            .field("status", .string, .required)
            .create()
        try await itemTable("allergies", on: database)
            .field("code_system", .string).field("code", .string).field("substance", .string, .required)
            .field("allergy_type", .string).field("reactions", .string, .required).field("severity", .string)
            .field("criticality", .string).field("clinical_status", .string, .required)
            .field("verification_status", .string).field("recorded_on", .string)
            .create()
        try await itemTable("immunizations", on: database)
            .field("code_system", .string).field("code", .string).field("vaccine", .string, .required)
            .field("given_on", .string, .required).field("dose_number", .string).field("series_doses", .int)
            .field("lot_number", .string).field("site", .string).field("status", .string, .required)
            .create()

        // Documents existed before the import: their new columns, one per statement for SQLite.
        let documents = "clinical_documents"
        for (column, type) in [
            ("source_key", DatabaseSchema.DataType.string), ("source_updated_at", .datetime), ("content_hash", .string),
            ("source_sensitivity", .string), ("restricted_at", .datetime), ("released_at", .datetime),
            ("updated_at", .datetime), ("encounter", .string), ("doc_status", .string), ("content_type", .string),
            ("attachment", .data),
        ] {
            try await database.schema(documents).field(.string(column), type).update()
        }
        try await database.schema(documents).field("restricted_by", .uuid, .references("staff_users", "id")).update()

        try await database.schema("members").field("result_delay_days", .int, .required, .sql(.default(0))).update()

        guard let sql = database as? any SQLDatabase else { return }
        // Documents written before the import were released when written, with the label they had.
        try await sql.raw(
            "UPDATE clinical_documents SET released_at = written_at, source_sensitivity = sensitivity, doc_status = 'final', content_type = 'text/plain'"
        ).run()
        for table in ["lab_reports", "lab_results", "imaging_reports", "medications", "allergies", "immunizations", documents] {
            try await sql.create(index: "\(table)_source_key").on(table).column("source_key").unique().run()
        }
        // The results list: a patient's reports by label, newest first.
        try await sql.create(index: "lab_reports_patient_label_time").on("lab_reports")
            .column("patient_id").column("sensitivity").column("collected_at").run()
        // A trend: one test's values for a patient over time.
        try await sql.create(index: "lab_results_patient_code_time").on("lab_results")
            .column("patient_id").column("code").column("collected_at").run()
        try await sql.create(index: "lab_results_report").on("lab_results").column("report_id").run()
        try await sql.create(index: "imaging_reports_patient_label_time").on("imaging_reports")
            .column("patient_id").column("sensitivity").column("performed_at").run()
        for table in ["medications", "allergies", "immunizations"] {
            try await sql.create(index: "\(table)_patient").on(table).column("patient_id").run()
        }
    }

    /// The columns every imported item shares.
    private func itemTable(_ name: String, on database: any Database) -> SchemaBuilder {
        database.schema(name)
            .id()
            .field("patient_id", .uuid, .required, .references("patients", "id"))
            .field("source_key", .string, .required)
            .field("source_updated_at", .datetime)
            .field("content_hash", .string, .required)
            .field("sensitivity", .string, .required)
            .field("source_sensitivity", .string, .required)
            .field("restriction_reason", .string)
            .field("restricted_by", .uuid, .references("staff_users", "id"))
            .field("restricted_at", .datetime)
            .field("released_at", .datetime, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("members").deleteField("result_delay_days").update()
        for column in [
            "restricted_by", "attachment", "content_type", "doc_status", "encounter", "updated_at", "released_at",
            "restricted_at", "source_sensitivity", "content_hash", "source_updated_at", "source_key",
        ] {
            try await database.schema("clinical_documents").deleteField(.string(column)).update()
        }
        for table in ["immunizations", "allergies", "medications", "imaging_reports", "lab_results", "lab_reports"] {
            try await database.schema(table).delete()
        }
    }
}
