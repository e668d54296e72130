import Fluent
import Foundation
import PortalCore
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
        member.totpLastCounter = counter
        try await member.update(on: request.db)
        return true
    }

    func verifyCode(_ code: String, for staff: StaffUser) async throws -> Bool {
        guard let sealed = staff.totpSecret,
            let counter = TOTPVerifier.acceptedCounter(
                code: code, secret: try request.portal.secrets.open(sealed), now: request.now,
                lastUsedCounter: staff.totpLastCounter)
        else { return false }
        staff.totpLastCounter = counter
        try await staff.update(on: request.db)
        return true
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
        guard
            let stored = try await RecoveryCode.query(on: request.db)
                .filter(\.$member.$id == memberID)
                .filter(\.$codeHash == RandomToken.sha256Hex(normalized))
                .filter(\.$usedAt == nil)
                .first()
        else { return false }
        stored.usedAt = request.now
        try await stored.update(on: request.db)
        try await request.audit(.recoveryCodeUsed, .success)
        return true
    }
}
