import Fluent
import SQLKit

/// Apps families connect through SMART App Launch: the apps administrators register, the
/// requests they send to the authorization page (each carrying its single-use code once a
/// member answers), the authorizations members give (one patient each) and their tokens.
struct CreateConnectedApps: AsyncMigration {
    var name: String { "0056_CreateConnectedApps" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserSession.schema).field("resume_path", .string).update()
        try await database.schema(SMARTApp.schema)
            .id()
            .field("client_id", .string, .required)
            .field("name", .string, .required)
            .field("confidential", .bool, .required)
            .field("secret_hash", .string)
            .field("redirect_uris", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("created_by", .uuid, .references(StaffUser.schema, "id"))
            .field("disabled_at", .datetime)
            .unique(on: "client_id")
            .create()
        try await database.schema(AppAuthorization.schema)
            .id()
            .field("app_id", .uuid, .required, .references(SMARTApp.schema, "id"))
            .field("member_id", .uuid, .required, .references(Member.schema, "id"))
            .field("patient_id", .uuid, .required, .references(Patient.schema, "id"))
            .field("scopes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .field("revoked_reason", .string)
            .create()
        try await database.schema(AppRequest.schema)
            .id()
            .field("app_id", .uuid, .required, .references(SMARTApp.schema, "id"))
            .field("redirect_uri", .string, .required)
            .field("state", .string)
            .field("code_challenge", .string, .required)
            .field("scopes", .string, .required)
            .field("nonce", .string)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("answered_at", .datetime)
            .field("authorization_id", .uuid, .references(AppAuthorization.schema, "id"))
            .field("code_hash", .string)
            .field("code_expires_at", .datetime)
            .field("code_used_at", .datetime)
            .unique(on: "code_hash")
            .create()
        try await database.schema(AppToken.schema)
            .field("id", .string, .identifier(auto: false))
            .field("authorization_id", .uuid, .required, .references(AppAuthorization.schema, "id"))
            .field("kind", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "app_authorizations_by_member").on(AppAuthorization.schema)
            .column("member_id").column("patient_id").run()
        try await sql.create(index: "app_tokens_by_authorization").on(AppToken.schema).column("authorization_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AppToken.schema).delete()
        try await database.schema(AppRequest.schema).delete()
        try await database.schema(AppAuthorization.schema).delete()
        try await database.schema(SMARTApp.schema).delete()
        try await database.schema(UserSession.schema).deleteField("resume_path").update()
    }
}
