import Fluent

struct CreatePatients: AsyncMigration {
    var name: String { "0001_CreatePatients" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Patient.schema)
            .id()
            .field("medical_record_number", .string, .required)
            .field("legal_name", .string, .required)
            .field("preferred_name", .string)
            .field("birth_date", .string, .required)
            .field("sex", .string, .required)
            .field("zip_code", .string, .required)
            .field("preferred_language", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "medical_record_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Patient.schema).delete()
    }
}
