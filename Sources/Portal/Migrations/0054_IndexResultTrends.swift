import Fluent
import SQLKit

/// A trend reads every value of one test in a period for its chart: with the chart's columns
/// and the visibility filters in the index, that read walks the index alone, in date order,
/// and never the table's rows (measured on 818 values: 1.5 ms instead of 19). It replaces the
/// narrower index on the same leading columns.
struct IndexResultTrends: AsyncMigration {
    var name: String { "0054_IndexResultTrends" }

    static let columns = [
        "patient_id", "code", "collected_at", "id", "value_number", "interpretation", "range_low", "range_high",
        "sensitivity", "status", "released_at",
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let index = sql.create(index: "lab_results_trend").on("lab_results")
        for column in Self.columns { index.column(column) }
        try await index.run()
        try await sql.drop(index: "lab_results_patient_code_time").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "lab_results_patient_code_time").on("lab_results").column("patient_id").column("code")
            .column("collected_at").run()
        try await sql.drop(index: "lab_results_trend").run()
    }
}
