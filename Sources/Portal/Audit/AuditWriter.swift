import Fluent
import Foundation
import Logging
import PortalCore
import SQLKit

/// Appends audit events to the keyed chain in batches (group commit): callers that arrive
/// while a batch is being written wait for the next one, so under load one transaction
/// carries many events. Every caller resumes only once its own event is committed.
///
/// An event that records a change is written in the change's own transaction instead
/// (`record(_:at:on:)`), so the two commit together or not at all; on PostgreSQL it waits in
/// `audit_pending`, each batch first moves those into the chain, and `chainRecorded()` asks
/// for a batch.
actor AuditWriter {
    private struct Pending {
        /// Nil for a caller that only waits for the recorded events to be chained.
        let entry: AuditEntry?
        let occurredAt: Date
        let continuation: CheckedContinuation<Void, any Error>
    }

    /// Recorded events moved into the chain per batch; more wait for the next.
    static let recordedPerBatch = 500

    private let database: any Database
    private nonisolated let metrics: PortalMetrics
    nonisolated let key: AuditKey
    /// Every audit key: recorded events sealed with an older key just before a rotation are
    /// still chained.
    private let keyring: [AuditKey]
    private let logger: Logger
    private var queue: [Pending] = []
    private var isWriting = false

    init(database: any Database, metrics: PortalMetrics, keyring: [AuditKey], logger: Logger) {
        self.database = database
        self.metrics = metrics
        self.key = keyring[0]
        self.keyring = keyring
        self.logger = logger
    }

    func append(_ entry: AuditEntry, at occurredAt: Date) async throws {
        try await enqueue(entry, at: occurredAt)
    }

    /// Chains the events recorded with their changes so far; returns once they are chained.
    func chainRecorded() async throws {
        try await enqueue(nil, at: Date())
    }

    /// Writes an event into the transaction of the change it records. On PostgreSQL it waits
    /// in `audit_pending` (true: `chainRecorded()` should follow the commit), so that no
    /// change holds the chain's head locked while it runs. SQLite has one writer, which the
    /// transaction already is or is about to be, so there the event is chained at once.
    @discardableResult
    nonisolated func record(_ entry: AuditEntry, at occurredAt: Date, on transaction: any Database) async throws -> Bool {
        if let sql = transaction as? any SQLDatabase, sql.dialect.name != "postgresql" {
            let written = try await Self.chain([(entry, occurredAt)], includingRecorded: false, key: key, on: transaction)
            // Counted as written, though a change that fails after this rolls it back.
            metrics.auditBatchCommitted(events: written)
            return false
        }
        try await AuditPendingEvent(record: Self.record(for: entry, sequence: 0, at: occurredAt), sealedWith: key)
            .create(on: transaction)
        return true
    }

    private func enqueue(_ entry: AuditEntry?, at occurredAt: Date) async throws {
        try await withCheckedThrowingContinuation { continuation in
            queue.append(Pending(entry: entry, occurredAt: occurredAt, continuation: continuation))
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
                let written = try await write(batch.compactMap { pending in pending.entry.map { ($0, pending.occurredAt) } })
                metrics.auditBatchCommitted(events: written)
                for pending in batch { pending.continuation.resume() }
            } catch {
                metrics.auditBatchFailed()
                for pending in batch { pending.continuation.resume(throwing: error) }
            }
        }
        isWriting = false
    }

    /// Chains the recorded events waiting, then the batch's own; returns how many events
    /// were written. A batch that only asks for the recorded ones looks before it locks.
    private func write(_ entries: [(AuditEntry, Date)]) async throws -> Int {
        if entries.isEmpty, try await AuditPendingEvent.query(on: database).first() == nil { return 0 }
        let (key, keyring, logger) = (key, keyring, logger)
        return try await database.transaction { transaction in
            try await Self.chain(
                entries, includingRecorded: true, key: key, keyring: keyring, logger: logger, on: transaction)
        }
    }

    /// Appends events to the chain inside `transaction`, under the head's lock: first those
    /// recorded with their changes (oldest first, when `includingRecorded`), then `entries`.
    private static func chain(
        _ entries: [(AuditEntry, Date)], includingRecorded: Bool, key: AuditKey, keyring: [AuditKey] = [],
        logger: Logger? = nil, on transaction: any Database
    ) async throws -> Int {
        let head = try await lockedHead(on: transaction)
        // Read after the head's lock: rows another writer chained meanwhile are gone.
        let waiting =
            includingRecorded
            ? try await AuditPendingEvent.query(on: transaction)
                .sort(\.$occurredAtMilliseconds).sort(\.$id).limit(recordedPerBatch).all() : []
        // A row without the portal's seal was not written by it: it is removed unchained,
        // and its removal is itself an event of the trail.
        let recorded = waiting.filter { $0.isSealed(by: keyring) }
        let forged = waiting.count - recorded.count
        var entries = entries
        if forged > 0 {
            logger?.error("audit events without the portal's seal refused", metadata: ["count": .stringConvertible(forged)])
            let refused = AuditEntry(
                actorKind: .system, actorID: nil, patientID: nil, action: .auditPendingRefused, outcome: .denied,
                clientAddress: nil, userAgent: nil)
            entries += Array(repeating: (refused, Date()), count: forged)
        }
        var sequence = head.lastSequence
        var previousHash = head.lastHash
        var events: [AuditEvent] = []
        func append(_ record: AuditRecord) throws {
            guard let hash = AuditChain.hash(of: record, previousHash: previousHash, keyring: [key]) else {
                throw PortalError.internalFailure
            }
            previousHash = hash
            events.append(AuditEvent(record: record, hash: hash))
        }
        for event in recorded {
            sequence += 1
            try append(event.record(sequence: sequence, keyID: key.id))
        }
        for (entry, occurredAt) in entries {
            sequence += 1
            var record = Self.record(for: entry, sequence: sequence, at: occurredAt)
            record.keyID = key.id
            try append(record)
        }
        guard !events.isEmpty else { return 0 }
        try await events.create(on: transaction)
        if !waiting.isEmpty {
            try await AuditPendingEvent.query(on: transaction).filter(\.$id ~~ waiting.compactMap(\.id)).delete()
        }
        head.lastSequence = sequence
        head.lastHash = previousHash
        try await head.update(on: transaction)
        return events.count
    }

    /// The head row is locked until commit, serializing writers. On SQLite a no-op write
    /// takes the write lock first: a transaction that read first and wrote second would be
    /// refused with SQLITE_BUSY whenever another connection was writing.
    private static func lockedHead(on database: any Database) async throws -> AuditChainHead {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE").run()
        } else {
            try await TransactionLock.writeFirst(on: database)
        }
        guard let head = try await AuditChainHead.find(AuditChainHead.singletonID, on: database) else {
            throw PortalError.internalFailure
        }
        return head
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
