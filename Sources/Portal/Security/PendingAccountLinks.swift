import Fluent
import Foundation
import SQLKit

/// The links waiting in a member's mailbox that could change how the account signs in: a new
/// address to confirm and forgotten-password links. Whenever the owner takes the account back
/// (a new password, signing out everywhere, "this was not me") or moves it to another address,
/// they stop working, so a link asked for by someone else cannot undo it.
enum PendingAccountLinks {
    static func cancel(for memberID: UUID, at now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for table in [EmailChange.schema, PasswordReset.schema] {
            try await sql.update(table).set("used_at", to: SQLBind(now))
                .where("member_id", .equal, SQLBind(memberID)).where("used_at", .is, SQLLiteral.null).run()
        }
    }
}
