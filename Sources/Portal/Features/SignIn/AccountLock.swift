import Fluent
import Foundation
import PortalCore
import SQLKit

/// The count of an account's consecutive failed sign-ins, kept in one conditional statement
/// each time, so simultaneous failures on several app servers all count and the lock, once
/// set, cannot be cleared by a right password sent alongside.
struct AccountLock {
    enum Kind {
        case member, staff

        var table: String {
            switch self {
            case .member: "members"
            case .staff: "staff_users"
            }
        }
    }

    let kind: Kind
    let accountID: UUID
    let database: any Database

    /// Counts a failure; the account locks at the limit. True for the failure that locked it.
    @discardableResult
    func countFailure(at now: Date) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        let limit = SignInThrottle.consecutiveFailuresBeforeLock
        let rows = try await sql.update(kind.table)
            .set("failed_sign_ins", to: SQLRaw("failed_sign_ins + 1"))
            .set(
                "sign_in_locked_at",
                to: SQLQueryString(
                    "COALESCE(sign_in_locked_at, CASE WHEN failed_sign_ins + 1 >= \(unsafeRaw: String(limit)) THEN \(bind: now) END)"
                )
            )
            .where("id", .equal, SQLBind(accountID))
            .returning("failed_sign_ins").all()
        return try rows.first?.decode(column: "failed_sign_ins", as: Int.self) == limit
    }

    /// Starts the count afresh after a whole sign-in; false when the account is locked.
    func clearUnlessLocked() async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        return try await sql.update(kind.table).set("failed_sign_ins", to: SQLBind(0))
            .where("id", .equal, SQLBind(accountID)).where("sign_in_locked_at", .is, SQLLiteral.null)
            .returning("id").all().count == 1
    }

    func isLocked() async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return true }
        return try await sql.select().column("id").from(kind.table)
            .where("id", .equal, SQLBind(accountID)).where("sign_in_locked_at", .isNot, SQLLiteral.null)
            .all().count == 1
    }

    /// Lifts the lock; true when there was one to lift.
    func unlock() async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        return try await sql.update(kind.table).set("failed_sign_ins", to: SQLBind(0))
            .set("sign_in_locked_at", to: SQLLiteral.null)
            .where("id", .equal, SQLBind(accountID)).where("sign_in_locked_at", .isNot, SQLLiteral.null)
            .returning("id").all().count == 1
    }
}
