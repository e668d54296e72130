import Fluent
import Foundation
import Logging
import NIOCore
import PortalCore
import SQLKit

/// Queues e-mail in the database and delivers what is due.
enum Outbox {
    /// Adds a message unless one with the same key exists, and says whether it did. Call it
    /// inside the transaction of the change the message tells about.
    @discardableResult
    static func enqueue(
        to recipient: String, subject: String, body: String, dedupeKey: String? = nil, now: Date, sendAt: Date? = nil,
        on db: any Database
    ) async throws -> Bool {
        if let dedupeKey, try await OutboxMessage.query(on: db).filter(\.$dedupeKey == dedupeKey).count() > 0 { return false }
        let message = OutboxMessage(recipient: recipient, subject: subject, body: body, dedupeKey: dedupeKey, now: now)
        if let sendAt { message.nextAttemptAt = max(sendAt, now) }
        try await message.create(on: db)
        return true
    }

    /// The pause before the next try: one minute, doubling, at most an hour.
    static func retryDelay(afterAttempts attempts: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(attempts - 1, 0))), 3600)
    }

    /// With the pauses above, 30 tries span a little over a day of a relay being away.
    static let maxAttempts = 30
    /// How long a claimed message is left to one sender before another may try it.
    static let claimLease: TimeInterval = 300

    /// Sends every due message, each claimed first so that several app servers never send
    /// one twice. Returns how many were sent.
    @discardableResult
    static func deliverDue(
        db: any Database, via sender: any MailSender, now: Date, logger: Logger, limit: Int = 20
    ) async throws -> Int {
        let due = try await OutboxMessage.query(on: db)
            .filter(\.$status == OutboxMessage.Status.pending.rawValue).filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).limit(limit).all()
        var sent = 0
        for message in due {
            guard try await claim(message, db: db, now: now) else { continue }
            let mail = MailMessage(
                from: sender.from, to: message.recipient, subject: message.subject, body: message.body,
                messageID: "\(message.id!.uuidString.lowercased())@\(sender.from.split(separator: "@").last ?? "portal")",
                date: now)
            do {
                try await sender.send(mail)
                message.status = OutboxMessage.Status.sent.rawValue
                message.sentAt = now
                message.lastError = nil
                sent += 1
                logger.info("e-mail sent", metadata: ["outbox_id": .string(message.id!.uuidString)])
            } catch {
                message.attempts += 1
                let failure = error as? SMTPClient.Failure
                message.lastError = failure?.description ?? "connection failed (\(type(of: error)))"
                if failure?.isPermanent == true || message.attempts >= maxAttempts {
                    message.status = OutboxMessage.Status.failed.rawValue
                } else {
                    message.nextAttemptAt = now.addingTimeInterval(retryDelay(afterAttempts: message.attempts))
                }
                logger.warning(
                    "e-mail not sent",
                    metadata: [
                        "outbox_id": .string(message.id!.uuidString), "error": .string(message.lastError ?? ""),
                        "attempts": .stringConvertible(message.attempts),
                    ])
            }
            try await message.save(on: db)
        }
        return sent
    }

    private static func claim(_ message: OutboxMessage, db: any Database, now: Date) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return true }
        let claimed = try await sql.update(OutboxMessage.schema)
            .set("next_attempt_at", to: SQLBind(now.addingTimeInterval(claimLease)))
            .where("id", .equal, SQLBind(message.id!))
            .where("status", .equal, SQLBind(OutboxMessage.Status.pending.rawValue))
            .where("next_attempt_at", .lessThanOrEqual, SQLBind(now))
            .returning("id").all()
        if claimed.isEmpty { return false }
        message.nextAttemptAt = now.addingTimeInterval(claimLease)
        return true
    }
}
