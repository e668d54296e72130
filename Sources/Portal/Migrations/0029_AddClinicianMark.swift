import Fluent

/// A clinician's mark on an item is either "restricted" (staff only) or "confidential to the
/// adolescent" (hidden from parents only). Marks made before were all restrictions: a missing
/// value reads as restricted.
struct AddClinicianMark: AsyncMigration {
    var name: String { "0029_AddClinicianMark" }

    static let tables = [
        "lab_reports", "lab_results", "imaging_reports", "clinical_documents", "medications", "allergies", "immunizations",
        "appointments",
    ]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            try await database.schema(table).field("clinician_mark", .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables {
            try await database.schema(table).deleteField("clinician_mark").update()
        }
    }
}
