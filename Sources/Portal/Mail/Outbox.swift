import Fluent
import Foundation
import Logging
import NIOCore
import PortalCore
import PortalRecord
import SQLKit

/// Queues e-mail in the database and delivers what is due.
enum Outbox {
    /// Whom a notice is for and what it tells about: checked again when it is due, so a
    /// notice queued before access changed (a grant revoked, an account deactivated, a
    /// birthday, a label made stricter) does not go.
    struct About: Sendable {
        var memberID: UUID
        var patientID: UUID
        var sensitivity: Sensitivity = .normal
        /// A new message's thread: its readers follow the thread's audience, not a label.
        var threadID: UUID? = nil
        /// The record items it tells about, asked again by their labels as they are when it is due.
        var items: [RecordItemReference] = []
        /// A family member's request it answers, asked again by its label as it is when it is due.
        var request: RequestNotices.Reference? = nil

        var itemTexts: [String] { items.map(\.text) + (request.map { [$0.text] } ?? []) }
    }

    /// Adds a message unless one with the same key exists, and says whether it did. Call it
    /// inside the transaction of the change the message tells about.
    @discardableResult
    static func enqueue(
        to recipient: String, subject: String, body: String, about: About? = nil, dedupeKey: String? = nil, now: Date,
        sendAt: Date? = nil, config: PortalConfig, on db: any Database
    ) async throws -> Bool {
        if let dedupeKey, let earlier = try await OutboxMessage.query(on: db).filter(\.$dedupeKey == dedupeKey).first() {
            // The same day's notice, still waiting, now also tells about these items.
            if let items = about?.itemTexts, !items.isEmpty, earlier.status == OutboxMessage.Status.pending.rawValue,
                let known = earlier.aboutItems
            {
                earlier.aboutItems = Self.itemsText(known.split(separator: ",").map(String.init) + items)
                try await earlier.update(on: db)
            }
            return false
        }
        let message = OutboxMessage(recipient: recipient, subject: subject, sealedBody: "", dedupeKey: dedupeKey, now: now)
        message.id = UUID()
        message.sealedBody = try config.outboxBodies.seal(body, context: message.sealingContext)
        if let sendAt { message.nextAttemptAt = max(sendAt, now) }
        message.aboutMemberID = about?.memberID
        message.aboutPatientID = about?.patientID
        message.aboutSensitivity = about?.sensitivity.storageValue
        message.aboutThreadID = about?.threadID
        if let items = about?.itemTexts, !items.isEmpty { message.aboutItems = Self.itemsText(items) }
        try await message.create(on: db)
        return true
    }

    private static func itemsText(_ texts: [String]) -> String {
        Array(Set(texts)).sorted().joined(separator: ",")
    }

    /// The pause before the next try: one minute, doubling, at most an hour.
    static func retryDelay(afterAttempts attempts: Int) -> TimeInterval {
        min(60 * pow(2, Double(max(attempts - 1, 0))), 3600)
    }

    /// With the pauses above, 30 tries span a little over a day of a relay being away.
    static let maxAttempts = 30
    /// How long a claimed message is left to one sender before another may try it.
    static let claimLease: TimeInterval = 300

    /// Sends due messages one at a time, each claimed just before it is sent with a lease of
    /// its own, so that several app servers never send one twice however slow the relay.
    /// `clock` reads the time at each claim and each acceptance (`now` when not given); a
    /// batch stops early when `shouldStop` says so, after the message in hand. A notice whose
    /// reader may no longer see what it is about is dropped, and the drop audited (who and
    /// whose record, nothing of the notice). A sent or dropped message keeps no body: a copy
    /// of the database yields no invitation link. Returns how many were sent.
    @discardableResult
    static func deliverDue(
        db: any Database, via sender: any MailSender, now: Date, config: PortalConfig, audit: AuditWriter?, logger: Logger,
        limit: Int = 20, lease: TimeInterval = claimLease, clock: (@Sendable () -> Date)? = nil,
        shouldStop: @Sendable () -> Bool = { false }
    ) async throws -> Int {
        let clock = clock ?? { now }
        let (zone, bodies) = (config.hospitalTimeZone, config.outboxBodies)
        var sent = 0
        for _ in 0..<limit {
            guard !shouldStop(), let (message, claim) = try await claimNext(db: db, now: clock(), lease: lease) else {
                break
            }
            let now = clock()
            if try await !isStillForItsReader(message, db: db, now: now, zone: zone) {
                message.status = OutboxMessage.Status.dropped.rawValue
                message.sealedBody = ""
                try await db.transaction { db in
                    try await message.save(on: db)
                    try await audit?.record(
                        AuditEntry(
                            actorKind: .system, actorID: nil, patientID: message.aboutPatientID, action: .noticeDropped,
                            outcome: .success, clientAddress: nil, userAgent: "portal outbox",
                            subject: message.aboutMemberID.map(AuditSubject.member)),
                        at: now, on: db)
                }
                try await audit?.chainRecorded()
                logger.info("notice dropped", metadata: ["outbox_id": .string(message.id!.uuidString)])
                continue
            }
            // A body that does not open was not sealed by the portal for this recipient: a row
            // written or changed in the table directly, or a key that changed. It is not sent.
            guard let body = try? bodies.open(message.sealedBody, context: message.sealingContext) else {
                message.status = OutboxMessage.Status.failed.rawValue
                message.sealedBody = ""
                message.lastError = "body not sealed for this message with SECRETS_KEY"
                try await message.save(on: db)
                logger.error("e-mail body cannot be opened", metadata: ["outbox_id": .string(message.id!.uuidString)])
                continue
            }
            // The checks above may have been slow; the lease starts again for the conversation
            // with the relay, which the client's deadline keeps shorter than a lease.
            guard try await renew(claim, of: message.id!, db: db, now: clock(), lease: lease) else { continue }
            let mail = MailMessage(
                from: sender.from, to: message.recipient, subject: message.subject, body: body,
                messageID: "\(message.id!.uuidString.lowercased())@\(sender.from.split(separator: "@").last ?? "portal")",
                date: now)
            do {
                try await sender.send(mail)
                message.status = OutboxMessage.Status.sent.rawValue
                message.sentAt = clock()
                message.sealedBody = ""
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

    /// Whether the member a notice is for may still see what it tells about, decided by the
    /// access policy now. A message about no one is for its address alone.
    static func isStillForItsReader(_ message: OutboxMessage, db: any Database, now: Date, zone: TimeZone) async throws
        -> Bool
    {
        guard let memberID = message.aboutMemberID, let patientID = message.aboutPatientID else { return true }
        guard let holder = try await AccessHolder.one(memberID, ofPatient: patientID, on: db, at: now, in: zone) else {
            return false
        }
        let access = holder.access
        if let items = message.aboutItems {
            return try await mayStillSee(items, holder, patientID: patientID, db: db, now: now)
        }
        if let threadID = message.aboutThreadID {
            guard let thread = try await MessageThread.find(threadID, on: db) else { return false }
            return ThreadVisibility.canRead(thread.facts, with: access)
        }
        return access.canSee(Sensitivity(storageValue: message.aboutSensitivity ?? ""))
    }

    /// A notice's items: the record items (any one still shown will do, as a digest names
    /// several) and the request it answers (whose label, and whose visit or medicine, must
    /// still be shown). Text that reads as neither fails closed.
    private static func mayStillSee(
        _ items: String, _ holder: AccessHolder, patientID: UUID, db: any Database, now: Date
    ) async throws -> Bool {
        let texts = items.split(separator: ",").map(String.init)
        let records = texts.compactMap(RecordItemReference.init(text:))
        let requests = texts.compactMap(RequestNotices.Reference.init(text:))
        guard !texts.isEmpty, records.count + requests.count == texts.count else { return false }
        let record = holder.record(ofPatient: patientID, on: db, now: now)
        if !records.isEmpty, try await !record.showsAny(of: records) { return false }
        for request in requests {
            guard let current = try await request.current(on: db), holder.access.canSee(current.label) else { return false }
            if let item = current.item, try await !record.showsAny(of: [item]) { return false }
        }
        return true
    }

    /// Claims the message due longest, in one statement: its next attempt moves a lease
    /// ahead, so no other sender takes it meanwhile, and it carries a token of this claim.
    /// PostgreSQL skips rows another server is claiming at that moment instead of waiting.
    private static func claimNext(db: any Database, now: Date, lease: TimeInterval) async throws -> (
        OutboxMessage, claim: UUID
    )? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let pending = OutboxMessage.Status.pending.rawValue
        let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let claim = UUID()
        let claimed = try await sql.raw(
            """
            UPDATE outbox_messages SET next_attempt_at = \(bind: now.addingTimeInterval(lease)), claim_token = \(bind: claim)
            WHERE id = (SELECT id FROM outbox_messages WHERE status = \(bind: pending) AND next_attempt_at <= \(bind: now)
                ORDER BY next_attempt_at LIMIT 1\(unsafeRaw: skipLocked))
            AND status = \(bind: pending) AND next_attempt_at <= \(bind: now)
            RETURNING id
            """
        ).all()
        guard let id = try claimed.first?.decode(column: "id", as: UUID.self),
            let message = try await OutboxMessage.find(id, on: db)
        else { return nil }
        return (message, claim)
    }

    /// Moves a claimed message's lease ahead only while the claim is still this sender's (no
    /// other claim since, and its lease not run out), in one statement whose row count decides.
    private static func renew(_ claim: UUID, of messageID: UUID, db: any Database, now: Date, lease: TimeInterval)
        async throws -> Bool
    {
        guard let sql = db as? any SQLDatabase else { return false }
        let renewed = now.addingTimeInterval(lease)
        let rows = try await sql.raw(
            """
            UPDATE outbox_messages SET next_attempt_at = \(bind: renewed)
            WHERE id = \(bind: messageID) AND claim_token = \(bind: claim)
            AND status = \(bind: OutboxMessage.Status.pending.rawValue) AND next_attempt_at > \(bind: now)
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }
}
