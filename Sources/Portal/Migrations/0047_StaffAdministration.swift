import Fluent
import SQLKit

/// Staff accounts made and changed by administrators in the portal. Each account gets a
/// stable subject, so a later single sign-on can name staff without relying on e-mail.
struct StaffAdministration: AsyncMigration {
    var name: String { "0047_StaffAdministration" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StaffUser.schema).field("subject", .string).update()
        for staff in try await StaffUser.query(on: database).all() {
            staff.subject = try staff.requireID().uuidString.lowercased()
            try await staff.update(on: database)
        }
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "staff_users_subject").on(StaffUser.schema).column("subject").unique().run()
        }
        try await database.schema(StaffInvitation.schema)
            .id()
            .field("staff_user_id", .uuid, .required, .references(StaffUser.schema, "id"))
            .field("token_hash", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("sent_by", .uuid, .required, .references(StaffUser.schema, "id"))
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(StaffAccountChange.schema)
            .id()
            .field("staff_user_id", .uuid, .required, .references(StaffUser.schema, "id"))
            .field("changed_by", .uuid, .required, .references(StaffUser.schema, "id"))
            .field("kind", .string, .required)
            .field("detail", .string)
            .field("reason", .string, .required)
            .field("changed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffAccountChange.schema).delete()
        try await database.schema(StaffInvitation.schema).delete()
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "staff_users_subject").run() }
        try await database.schema(StaffUser.schema).deleteField("subject").update()
    }
}
