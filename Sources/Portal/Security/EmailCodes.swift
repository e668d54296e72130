@preconcurrency import Crypto
import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// One-time codes by e-mail: 6 digits, good for 10 minutes and once, for what they were sent
/// for. Each code takes 5 wrong answers at most, sending is throttled per member, and only a
/// keyed MAC of the code is stored.
struct EmailCodes {
    static let validity: TimeInterval = 10 * 60
    static let wrongAttemptsPerCode = 5
    /// A page shown again does not send again while its code is this fresh.
    static let resendAfter: TimeInterval = 60

    let request: Request

    enum Sent: Equatable {
        case sent
        /// A code sent a moment ago is still on its way.
        case alreadySent
        case wait(minutes: Int)
    }

    private static func mac(_ code: String, binding: String, config: PortalConfig) -> String {
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: config.secretsKey), info: Data("portal e-mail codes v1".utf8),
            outputByteCount: 32)
        return RandomToken.hex(HMAC<SHA256>.authenticationCode(for: Data("\(binding)|\(code)".utf8), using: key))
    }

    /// A hash naming what the code is for, so the table does not hold session ids.
    static func binding(_ value: String) -> String { RandomToken.sha256Hex("email-code:" + value) }

    /// Sends a new code unless one went out for the same purpose less than a minute ago (or
    /// `force`, the person asked for another); at most five sends in 15 minutes per member.
    @discardableResult
    func send(to member: Member, for purpose: EmailCode.Purpose, binding: String, force: Bool = false) async throws -> Sent {
        let memberID = try member.requireID()
        let now = request.now
        if !force,
            try await EmailCode.query(on: request.db).filter(\.$member.$id == memberID).filter(\.$purpose == purpose)
                .filter(\.$binding == binding).filter(\.$usedAt == nil)
                .filter(\.$sentAt > now.addingTimeInterval(-Self.resendAfter)).first() != nil
        {
            return .alreadySent
        }
        let log = AttemptLog(database: request.db, now: now)
        let key = "email-code-send:" + RandomToken.sha256Hex(memberID.uuidString)
        let rows = try await log.record([key])
        let earlier = try await log.earlierTimes(
            key, within: SignInThrottle.perAccount.window, excluding: rows, limit: 64)
        if let next = SignInThrottle.perAccount.nextAttempt(failureTimes: earlier, now: now) {
            try await log.remove(rows)
            return .wait(minutes: AttemptLog.wholeMinutes(next.timeIntervalSince(now)))
        }
        var generator = SystemRandomNumberGenerator()
        let code = String(format: "%06d", Int.random(in: 0..<1_000_000, using: &generator))
        let config = request.portal.config
        try await request.auditedChange { change in
            try await EmailCode(
                memberID: memberID, purpose: purpose, binding: binding,
                codeMAC: Self.mac(code, binding: binding, config: config), sentAt: now
            ).create(on: change.db)
            try await Outbox.enqueue(
                to: member.email, subject: Strings.mail.emailCodeSubject(member.language),
                body: Strings.mail.emailCode(code, config)(member.language), now: now, config: config, on: change.db)
            try await change.audit(.emailCodeSent, .success, actorKind: .member, actorID: memberID)
        }
        return .sent
    }

    /// Whether a code for this purpose was sent and can still be used.
    func hasLiveCode(for member: Member, purpose: EmailCode.Purpose, binding: String) async throws -> Bool {
        try await EmailCode.query(on: request.db).filter(\.$member.$id == member.requireID())
            .filter(\.$purpose == purpose).filter(\.$binding == binding).filter(\.$usedAt == nil)
            .filter(\.$sentAt > request.now.addingTimeInterval(-Self.validity))
            .filter(\.$wrongAttempts < Self.wrongAttemptsPerCode).first() != nil
    }

    /// Spends the code in one conditional statement; a wrong one counts against every live
    /// code for the same purpose, so guessing one runs out after five tries.
    func redeem(_ typed: String, for member: Member, purpose: EmailCode.Purpose, binding: String) async throws -> Bool {
        let digits = typed.filter { !$0.isWhitespace }
        guard let sql = request.db as? any SQLDatabase else { return false }
        let memberID = try member.requireID()
        let now = request.now
        let since = now.addingTimeInterval(-Self.validity)
        func live(_ query: SQLUpdateBuilder) -> SQLUpdateBuilder {
            query.where("member_id", .equal, SQLBind(memberID)).where("purpose", .equal, SQLBind(purpose.rawValue))
                .where("binding", .equal, SQLBind(binding)).where("used_at", .is, SQLLiteral.null)
                .where("sent_at", .greaterThan, SQLBind(since))
                .where("wrong_attempts", .lessThan, SQLBind(Self.wrongAttemptsPerCode))
        }
        if digits.count == 6, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
            let spent = try await live(sql.update(EmailCode.schema).set("used_at", to: SQLBind(now)))
                .where("code_mac", .equal, SQLBind(Self.mac(digits, binding: binding, config: request.portal.config)))
                .returning("id").all()
            if spent.count == 1 { return true }
        }
        try await live(sql.update(EmailCode.schema).set("wrong_attempts", to: SQLRaw("wrong_attempts + 1"))).run()
        return false
    }

    /// Codes older than a day count for nothing.
    static func prune(before now: Date, on database: any Database) async throws {
        try await EmailCode.query(on: database).filter(\.$sentAt < now.addingTimeInterval(-86_400)).delete()
    }
}
