import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// Checks authenticator codes, and records each accepted time step so it cannot be used again.
struct SecondFactor {
    let request: Request

    func verifyCode(_ code: String, for member: Member) async throws -> Bool {
        guard let sealed = member.totpSecret,
            let counter = TOTPVerifier.acceptedCounter(
                code: code, secret: try request.portal.secrets.open(sealed), now: request.now,
                lastUsedCounter: member.totpLastCounter)
        else { return false }
        guard try await Self.spend(counter, table: Member.schema, id: member.requireID(), on: request.db) else { return false }
        member.totpLastCounter = counter
        return true
    }

    func verifyCode(_ code: String, for staff: StaffUser) async throws -> Bool {
        guard let sealed = staff.totpSecret,
            let counter = TOTPVerifier.acceptedCounter(
                code: code, secret: try request.portal.secrets.open(sealed), now: request.now,
                lastUsedCounter: staff.totpLastCounter)
        else { return false }
        guard try await Self.spend(counter, table: StaffUser.schema, id: staff.requireID(), on: request.db) else { return false }
        staff.totpLastCounter = counter
        return true
    }

    /// Records the accepted time step in one conditional statement: of two requests with the
    /// same code at once, on one node or two, the row count lets exactly one through.
    private static func spend(_ counter: Int64, table: String, id: UUID, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let spent = try await sql.update(table).set("totp_last_counter", to: SQLBind(counter))
            .where("id", .equal, SQLBind(id))
            .where {
                $0.where("totp_last_counter", .is, SQLLiteral.null)
                    .orWhere("totp_last_counter", .lessThan, SQLBind(counter))
            }
            .returning("id").all()
        return spent.count == 1
    }
}
