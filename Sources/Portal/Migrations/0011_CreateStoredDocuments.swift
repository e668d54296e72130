import Fluent

struct CreateStoredDocuments: AsyncMigration {
    var name: String { "0011_CreateStoredDocuments" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredDocument.schema)
            .id()
            .field("purpose", .string, .required)
            .field("media_type", .string, .required)
            .field("byte_count", .int, .required)
            .field("key_id", .string, .required)
            .field("sealed", .data, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredDocument.schema).delete()
    }
}
