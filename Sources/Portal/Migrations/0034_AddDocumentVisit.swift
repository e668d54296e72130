import Fluent
import SQLKit

/// A document names the visit it belongs to, so it takes the visit's label when stricter.
struct AddDocumentVisit: AsyncMigration {
    var name: String { "0034_AddDocumentVisit" }

    func prepare(on database: any Database) async throws {
        try await database.schema("clinical_documents").field("visit_key", .string).update()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "clinical_documents_visit").on("clinical_documents").column("visit_key").run()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "clinical_documents_visit").run()
        }
        try await database.schema("clinical_documents").deleteField("visit_key").update()
    }
}
