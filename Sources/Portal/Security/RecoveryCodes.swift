import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// An account's recovery codes: made ten at a time, each good once. They are random enough
/// (80 bits) that bcrypt at cost 10 with one salt per set is plenty; the shared salt lets a
/// typed code be hashed once and found by equality, inside the statement that spends it.
struct RecoveryCodes {
    static let bcryptCost = 10
    /// `$2b$10$` and the 22 characters of the salt.
    static let saltLength = 29

    let request: Request

    /// Replaces the account's codes with a new set, in the caller's transaction; the codes to
    /// show once.
    func replace(for owner: AccountOwner, on db: any Database) async throws -> [String] {
        let codes = (0..<RecoveryCodeFormat.countPerSet).map { _ in RecoveryCodeFormat.make() }
        let passwords = request.portal.passwords
        var salt: String?
        var hashes: [String] = []
        for code in codes {
            let hash = try await passwords.hashSecret(
                RecoveryCodeFormat.normalized(code)!, salt: salt, cost: Self.bcryptCost)
            salt = salt ?? String(hash.prefix(Self.saltLength))
            hashes.append(hash)
        }
        // Two replacements at once would leave two sets with two salts: one at a time.
        try await TransactionLock.take("recovery-codes:\(owner.id)", on: db)
        try await RecoveryCode.query(on: db).filter(owner.ownerColumn, .equal, owner.id).delete()
        for hash in hashes {
            try await RecoveryCode(owner: owner, codeHash: hash, createdAt: request.now).create(on: db)
        }
        return codes
    }

    func unusedCount(for owner: AccountOwner) async throws -> Int {
        try await RecoveryCode.query(on: request.db).filter(owner.ownerColumn, .equal, owner.id)
            .filter(\.$usedAt == nil).count()
    }

    /// Spends the code in one conditional statement: the same code sent twice at once works once.
    func redeem(_ typed: String, for owner: AccountOwner) async throws -> Bool {
        guard let normalized = RecoveryCodeFormat.normalized(typed),
            let any = try await RecoveryCode.query(on: request.db).filter(owner.ownerColumn, .equal, owner.id)
                .filter(\.$usedAt == nil).first()
        else { return false }
        let candidate = try await request.portal.passwords.hashSecret(
            normalized, salt: String(any.codeHash.prefix(Self.saltLength)), cost: Self.bcryptCost)
        let now = request.now
        return try await request.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { return false }
            let spent = try await sql.update(RecoveryCode.schema).set("used_at", to: SQLBind(now))
                .where(SQLIdentifier(owner.ownerColumn.description), .equal, SQLBind(owner.id))
                .where("code_hash", .equal, SQLBind(candidate))
                .where("used_at", .is, SQLLiteral.null)
                .returning("id").all()
            guard spent.count == 1 else { return false }
            try await change.audit(.recoveryCodeUsed, .success, actorKind: owner.actorKind, actorID: owner.id)
            return true
        }
    }
}
