import Fluent
import SQLKit

/// Who recorded a grant, who revoked it and why, whether a court ordered it, and the
/// document that supports a special circumstance.
struct RecordGrantProvenance: AsyncMigration {
    var name: String { "0012_RecordGrantProvenance" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        func add(_ build: (SchemaBuilder) -> SchemaBuilder) async throws {
            try await build(database.schema(AccessGrant.schema)).update()
        }
        try await add { $0.field("recorded_by", .uuid, .references(StaffUser.schema, "id")) }
        try await add { $0.field("revoked_by", .uuid, .references(StaffUser.schema, "id")) }
        try await add { $0.field("revoke_reason", .string) }
        try await add { $0.field("court_ordered", .bool, .required, .sql(.default(false))) }
        try await add { $0.field("supporting_document_id", .uuid, .references(StoredDocument.schema, "id")) }
    }

    func revert(on database: any Database) async throws {
        for name in ["recorded_by", "revoked_by", "revoke_reason", "court_ordered", "supporting_document_id"] {
            try await database.schema(AccessGrant.schema).deleteField(.string(name)).update()
        }
    }
}
