import Fluent
import Foundation
import PortalCore
import SQLKit

/// Appends audit events in batches (group commit): callers that arrive while a batch is
/// being written wait for the next one, so under load one transaction carries many events.
/// Every caller resumes only once its own event is committed.
actor AuditWriter {
    private struct Pending {
        let entry: AuditEntry
        let occurredAt: Date
        let continuation: CheckedContinuation<Void, any Error>
    }

    private let database: any Database
    private let metrics: PortalMetrics
    private let key: AuditKey
    private var queue: [Pending] = []
    private var isWriting = false

    init(database: any Database, metrics: PortalMetrics, key: AuditKey) {
        self.database = database
        self.metrics = metrics
        self.key = key
    }

    func append(_ entry: AuditEntry, at occurredAt: Date) async throws {
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
                try await write(batch)
                metrics.auditBatchCommitted(events: batch.count)
                for pending in batch { pending.continuation.resume() }
            } catch {
                metrics.auditBatchFailed()
                for pending in batch { pending.continuation.resume(throwing: error) }
            }
        }
        isWriting = false
    }

    private func write(_ batch: [Pending]) async throws {
        let key = key
        try await database.transaction { transaction in
            let head = try await Self.lockedHead(on: transaction)
            var sequence = head.lastSequence
            var previousHash = head.lastHash
            var events: [AuditEvent] = []
            for pending in batch {
                sequence += 1
                var record = Self.record(for: pending.entry, sequence: sequence, at: pending.occurredAt)
                record.keyID = key.id
                guard let hash = AuditChain.hash(of: record, previousHash: previousHash, keyring: [key]) else {
                    throw PortalError.internalFailure
                }
                previousHash = hash
                events.append(AuditEvent(record: record, hash: previousHash))
            }
            try await events.create(on: transaction)
            head.lastSequence = sequence
            head.lastHash = previousHash
            try await head.update(on: transaction)
        }
    }

    /// The head row is locked until commit, serializing writers. On SQLite a no-op write
    /// takes the write lock first: a transaction that read first and wrote second would be
    /// refused with SQLITE_BUSY whenever another connection was writing.
    private static func lockedHead(on database: any Database) async throws -> AuditChainHead {
        if let sql = database as? any SQLDatabase {
            if sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE").run()
            } else {
                try await sql.raw("UPDATE audit_chain_head SET last_sequence = last_sequence WHERE id = 1").run()
            }
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
