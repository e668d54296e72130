import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// Checks authenticator and recovery codes, and records each accepted one so it cannot
/// be used again.
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

    /// Recovery codes are 10 characters from the base32 alphabet, shown as `ABCDE-FGHIJ`.
    static func normalizedRecoveryCode(_ text: String) -> String {
        text.uppercased().filter { $0.isLetter || $0.isNumber }
    }

    static func makeRecoveryCodes(count: Int = 10) -> [String] {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let characters = (0..<10).map { _ in alphabet.randomElement(using: &generator)! }
            return String(characters[0..<5]) + "-" + String(characters[5..<10])
        }
    }

    func redeemRecoveryCode(_ code: String, for member: Member) async throws -> Bool {
        let normalized = Self.normalizedRecoveryCode(code)
        guard normalized.count == 10 else { return false }
        let memberID = try member.requireID()
        // Spent in one conditional statement: the same code sent twice at once works once.
        let now = request.now
        return try await request.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { return false }
            let spent = try await sql.update(RecoveryCode.schema).set("used_at", to: SQLBind(now))
                .where("member_id", .equal, SQLBind(memberID))
                .where("code_hash", .equal, SQLBind(RandomToken.sha256Hex(normalized)))
                .where("used_at", .is, SQLLiteral.null)
                .returning("id").all()
            guard spent.count == 1 else { return false }
            try await change.audit(.recoveryCodeUsed, .success)
            return true
        }
    }
}
