import Fluent

/// The hospital's signing keys: ES256 keys whose public halves are published at
/// `/.well-known/jwks.json` (ID tokens now, health cards later). A retired key stops
/// signing but stays published, so what it signed still verifies.
struct CreateSigningKeys: AsyncMigration {
    var name: String { "0057_CreateSigningKeys" }

    func prepare(on database: any Database) async throws {
        try await database.schema(HospitalSigningKey.schema)
            .field("id", .string, .identifier(auto: false))
            .field("public_x", .string, .required)
            .field("public_y", .string, .required)
            .field("sealed_private_key", .string, .required)
            .field("created_at", .datetime, .required)
            .field("retired_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HospitalSigningKey.schema).delete()
    }
}
