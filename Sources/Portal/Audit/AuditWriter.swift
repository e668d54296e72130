import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import PortalCore
import SQLKit

/// Appends audit events to the keyed chain in batches (group commit): callers that arrive
/// while a batch is being written wait for the next one, so under load one statement
/// carries many events. Every caller resumes only once its own event is committed.
///
/// A batch is one INSERT that follows the head this writer last knew. Each event's sequence
/// number is the table's key and a trigger moves the head (migration 0053), so when another
/// writer (another server, or a change's own event) came first the key refuses the whole
/// batch, and it is written again after the head then read: the chain never forks and no
/// writer holds the head while it works.
///
/// An event that records a change is written in the change's own transaction instead
/// (`record(_:at:on:)`), so the two commit together or not at all; on PostgreSQL it waits in
/// `audit_pending`, and a batch moves those into the chain when `chainRecorded()` asks for
/// it (after each change, and in the background work's rounds).
actor AuditWriter {
    private struct Pending {
        /// None for a caller that only waits for the recorded events to be chained.
        let entries: [AuditEntry]
        let occurredAt: Date
        let continuation: CheckedContinuation<Void, any Error>
    }

    /// Recorded events moved into the chain per batch; more wait for the next.
    static let recordedPerBatch = 500
    /// Tries of one batch against heads other writers keep moving, before it fails.
    static let attempts = 10

    struct ChainHead: Sendable {
        var sequence: Int64
        var hash: String
    }

    private let database: any Database
    private nonisolated let metrics: PortalMetrics
    nonisolated let key: AuditKey
    /// Every audit key: recorded events sealed with an older key just before a rotation are
    /// still chained.
    private let keyring: [AuditKey]
    private let logger: Logger
    private var queue: [Pending] = []
    private var isWriting = false
    /// The head after this writer's last batch: the next follows it without reading it.
    private var knownHead: ChainHead?

    init(database: any Database, metrics: PortalMetrics, keyring: [AuditKey], logger: Logger) {
        self.database = database
        self.metrics = metrics
        self.key = keyring[0]
        self.keyring = keyring
        self.logger = logger
    }

    func append(_ entry: AuditEntry, at occurredAt: Date) async throws {
        try await enqueue([entry], at: occurredAt)
    }

    /// One request's events, in one batch: a page that shows several patients costs one write.
    func append(_ entries: [AuditEntry], at occurredAt: Date) async throws {
        guard !entries.isEmpty else { return }
        try await enqueue(entries, at: occurredAt)
    }

    /// Chains the events recorded with their changes so far; returns once they are chained,
    /// or taken by another server's writer, which chains them in its own transaction.
    func chainRecorded() async throws {
        try await enqueue([], at: Date())
    }

    /// Writes an event into the transaction of the change it records. On PostgreSQL it waits
    /// in `audit_pending` (true: `chainRecorded()` should follow the commit), so that no
    /// change holds the chain's head locked while it runs. SQLite has one writer, which the
    /// transaction already is or is about to be, so there the event is chained at once.
    @discardableResult
    nonisolated func record(_ entry: AuditEntry, at occurredAt: Date, on transaction: any Database) async throws -> Bool {
        if let sql = transaction as? any SQLDatabase, sql.dialect.name != "postgresql" {
            let head = try await Self.takeHead(on: transaction)
            let (events, _) = try Self.events(recorded: [], entries: [(entry, occurredAt)], after: head, key: key)
            try await events.create(on: transaction)
            // Counted as written, though a change that fails after this rolls it back.
            metrics.auditBatchCommitted(events: events.count)
            return false
        }
        try await AuditPendingEvent(record: Self.record(for: entry, sequence: 0, at: occurredAt), sealedWith: key)
            .create(on: transaction)
        return true
    }

    private func enqueue(_ entries: [AuditEntry], at occurredAt: Date) async throws {
        try await withCheckedThrowingContinuation { continuation in
            queue.append(Pending(entries: entries, occurredAt: occurredAt, continuation: continuation))
            if !isWriting {
                isWriting = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !queue.isEmpty {
            let batch = queue
            queue.removeAll(keepingCapacity: true)
            do {
                let entries = batch.flatMap { pending in pending.entries.map { ($0, pending.occurredAt) } }
                let written = try await write(entries, recordedAskedFor: batch.contains { $0.entries.isEmpty })
                metrics.auditBatchCommitted(events: written)
                for pending in batch { pending.continuation.resume() }
            } catch {
                metrics.auditBatchFailed()
                for pending in batch { pending.continuation.resume(throwing: error) }
            }
        }
        isWriting = false
    }

    /// Writes a batch; returns how many events were written.
    private func write(_ entries: [(AuditEntry, Date)], recordedAskedFor: Bool) async throws -> Int {
        if recordedAskedFor, try await AuditPendingEvent.query(on: database).first() != nil {
            return try await withRecorded(entries)
        }
        guard !entries.isEmpty else { return 0 }
        var refusal: (any Error)?
        for attempt in 0..<Self.attempts {
            // Whatever goes wrong, the next try reads the head: only a write that succeeded
            // says where the chain ends.
            let head: ChainHead
            if let knownHead { head = knownHead } else { head = try await Self.readHead(on: database) }
            knownHead = nil
            let (events, next) = try Self.events(recorded: [], entries: entries, after: head, key: key)
            do {
                try await events.create(on: database)
                knownHead = next
                return events.count
            } catch  where Self.isTaken(error) {
                refusal = error
                try await Self.pause(after: attempt)
            }
        }
        throw refusal ?? PortalError.internalFailure
    }

    /// A moment before trying again, longer and spread out with each refusal, so writers that
    /// keep overtaking each other fall out of step.
    private static func pause(after attempt: Int) async throws {
        guard attempt > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int.random(in: 1...(5 << min(attempt, 6)))))
    }

    /// Chains the recorded events waiting (oldest first), then `entries`, and removes what it
    /// chained, in one transaction. On PostgreSQL two servers doing this at once take
    /// different rows; on SQLite the first statement takes the one writer's lock.
    private func withRecorded(_ entries: [(AuditEntry, Date)]) async throws -> Int {
        let (key, keyring, logger) = (key, keyring, logger)
        var refusal: (any Error)?
        knownHead = nil
        for attempt in 0..<Self.attempts {
            do {
                let (written, next) = try await database.transaction { transaction in
                    let head = try await Self.takeHead(on: transaction)
                    let waiting = try await Self.recordedWaiting(on: transaction)
                    // A row without the portal's seal was not written by it: it is removed
                    // unchained, and its removal is itself an event of the trail.
                    let recorded = waiting.filter { $0.isSealed(by: keyring) }
                    let forged = waiting.count - recorded.count
                    var entries = entries
                    if forged > 0 {
                        logger.error(
                            "audit events without the portal's seal refused", metadata: ["count": .stringConvertible(forged)])
                        let refused = AuditEntry(
                            actorKind: .system, actorID: nil, patientID: nil, action: .auditPendingRefused, outcome: .denied,
                            clientAddress: nil, userAgent: nil)
                        entries += Array(repeating: (refused, Date()), count: forged)
                    }
                    let (events, next) = try Self.events(recorded: recorded, entries: entries, after: head, key: key)
                    if !events.isEmpty { try await events.create(on: transaction) }
                    if !waiting.isEmpty {
                        try await AuditPendingEvent.query(on: transaction).filter(\.$id ~~ waiting.compactMap(\.id)).delete()
                    }
                    return (events.count, next)
                }
                knownHead = next
                return written
            } catch  where Self.isTaken(error) {
                refusal = error
                try await Self.pause(after: attempt)
            }
        }
        throw refusal ?? PortalError.internalFailure
    }

    /// The events that follow `head`: recorded ones first, then the batch's own.
    private static func events(
        recorded: [AuditPendingEvent], entries: [(AuditEntry, Date)], after head: ChainHead, key: AuditKey
    ) throws -> ([AuditEvent], ChainHead) {
        var current = head
        var events: [AuditEvent] = []
        func append(_ record: AuditRecord) throws {
            guard let hash = AuditChain.hash(of: record, previousHash: current.hash, keyring: [key]) else {
                throw PortalError.internalFailure
            }
            current = ChainHead(sequence: record.sequence, hash: hash)
            events.append(AuditEvent(record: record, hash: hash))
        }
        for event in recorded {
            try append(event.record(sequence: current.sequence + 1, keyID: key.id))
        }
        for (entry, occurredAt) in entries {
            var record = Self.record(for: entry, sequence: current.sequence + 1, at: occurredAt)
            record.keyID = key.id
            try append(record)
        }
        return (events, current)
    }

    /// Another writer wrote the sequence numbers first, or the head this writer followed is
    /// not the database's (migration 0053 refuses an event without its predecessor as a key
    /// conflict): the batch is written again after the head as it is now. Any other failure
    /// (a value refused, a lost connection) is the batch's own and fails it at once.
    private static func isTaken(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError {
            return [.constraint, .constraintPrimaryKeyFailed, .constraintUniqueFailed, .constraintTriggerFailed]
                .contains(sqlite.reason)
        }
        if let postgres = error as? PSQLError { return postgres.serverInfo?[.sqlState] == "23505" }
        return false
    }

    private static func readHead(on database: any Database) async throws -> ChainHead {
        guard let head = try await AuditChainHead.find(AuditChainHead.singletonID, on: database) else {
            throw PortalError.internalFailure
        }
        return ChainHead(sequence: head.lastSequence, hash: head.lastHash)
    }

    /// The head, read inside a transaction. On SQLite a first write takes the one writer's
    /// lock with it: a transaction that read first and wrote second would be refused with
    /// SQLITE_BUSY whenever another connection was writing. On PostgreSQL nothing is locked:
    /// the key refuses a batch that follows a head another server has moved.
    private static func takeHead(on transaction: any Database) async throws -> ChainHead {
        guard let sql = transaction as? any SQLDatabase, sql.dialect.name != "postgresql" else {
            return try await readHead(on: transaction)
        }
        guard
            let row = try await sql.raw(
                "UPDATE audit_chain_head SET last_sequence = last_sequence WHERE id = 1 RETURNING last_sequence, last_hash"
            ).first()
        else { throw PortalError.internalFailure }
        return ChainHead(
            sequence: try row.decode(column: "last_sequence", as: Int64.self),
            hash: try row.decode(column: "last_hash", as: String.self))
    }

    /// Recorded events waiting, oldest first; on PostgreSQL each row is taken by one server
    /// (rows another is chaining are skipped, not waited for).
    private static func recordedWaiting(on transaction: any Database) async throws -> [AuditPendingEvent] {
        guard let sql = transaction as? any SQLDatabase, sql.dialect.name == "postgresql" else {
            return try await AuditPendingEvent.query(on: transaction)
                .sort(\.$occurredAtMilliseconds).sort(\.$id).limit(recordedPerBatch).all()
        }
        return try await sql.raw(
            """
            SELECT * FROM audit_pending ORDER BY occurred_at_ms, id LIMIT \(bind: recordedPerBatch) FOR UPDATE SKIP LOCKED
            """
        ).all(decodingFluent: AuditPendingEvent.self)
    }

    static func record(for entry: AuditEntry, sequence: Int64, at date: Date) -> AuditRecord {
        AuditRecord(
            sequence: sequence,
            occurredAtMilliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)),
            actorKind: entry.actorKind.rawValue,
            actorID: entry.actorID?.uuidString.lowercased(),
            patientID: entry.patientID?.uuidString.lowercased(),
            action: entry.action.rawValue,
            outcome: entry.outcome.rawValue,
            clientAddress: entry.clientAddress,
            userAgent: entry.userAgent.map { String($0.prefix(300)) },
            subject: entry.subject?.text)
    }
}
