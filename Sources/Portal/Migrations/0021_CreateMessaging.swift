import Fluent
import SQLKit

/// Secure messaging: the care teams' and HIM's shared inboxes (pools), who works in each,
/// which teams a patient may write to, the threads and their messages, and what each
/// member has read.
struct CreateMessaging: AsyncMigration {
    var name: String { "0021_CreateMessaging" }

    func prepare(on database: any Database) async throws {
        try await database.schema("care_pools")
            .id()
            .field("kind", .string, .required)
            .field("name_en", .string, .required).field("name_es", .string, .required)
            .field("response_business_days", .int, .required)
            .field("sends_digest", .bool, .required, .sql(.default(true)))
            .field("created_at", .datetime)
            .unique(on: "name_en")
            .create()
        try await database.schema("pool_members")
            .id()
            .field("pool_id", .uuid, .required, .references("care_pools", "id"))
            .field("staff_id", .uuid, .required, .references("staff_users", "id"))
            .unique(on: "pool_id", "staff_id")
            .create()
        try await database.schema("patient_care_teams")
            .id()
            .field("patient_id", .uuid, .required, .references("patients", "id"))
            .field("pool_id", .uuid, .required, .references("care_pools", "id"))
            .unique(on: "patient_id", "pool_id")
            .create()
        try await database.schema("message_threads")
            .id()
            .field("patient_id", .uuid, .required, .references("patients", "id"))
            .field("pool_id", .uuid, .required, .references("care_pools", "id"))
            .field("subject", .string, .required)
            .field("audience", .string, .required)
            .field("status", .string, .required)
            .field("started_by_member_id", .uuid, .references("members", "id"))
            .field("assigned_staff_id", .uuid, .references("staff_users", "id"))
            .field("restriction_reason", .string)
            .field("restricted_by", .uuid, .references("staff_users", "id"))
            .field("restricted_at", .datetime)
            .field("created_at", .datetime, .required)
            .field("last_message_at", .datetime, .required)
            .field("last_author_member_id", .uuid, .references("members", "id"))
            .field("waiting_since", .datetime)
            .field("message_count", .int, .required)
            .create()
        try await database.schema("thread_messages")
            .id()
            .field("thread_id", .uuid, .required, .references("message_threads", "id"))
            .field("author_member_id", .uuid, .references("members", "id"))
            .field("author_staff_id", .uuid, .references("staff_users", "id"))
            .field("body", .string, .required)
            .field("submission_key", .string, .required)
            .field("position", .int, .required)
            .field("created_at", .datetime, .required)
            .field("care_team_read_at", .datetime)
            .unique(on: "submission_key")
            .create()
        try await database.schema("thread_reads")
            .id()
            .field("thread_id", .uuid, .required, .references("message_threads", "id"))
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("read_at", .datetime, .required)
            .unique(on: "thread_id", "member_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The pool inbox: open threads by how long they have waited.
        try await sql.create(index: "message_threads_pool_waiting").on("message_threads")
            .column("pool_id").column("status").column("waiting_since").run()
        try await sql.create(index: "message_threads_patient_recent").on("message_threads")
            .column("patient_id").column("last_message_at").run()
        try await sql.create(index: "thread_messages_thread_position").on("thread_messages")
            .column("thread_id").column("position").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["thread_reads", "thread_messages", "message_threads", "patient_care_teams", "pool_members", "care_pools"] {
            try await database.schema(table).delete()
        }
    }
}
