import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

extension Request {
    /// Records an event that changes nothing (a page seen, a refusal) and returns only once
    /// it is committed. The actor defaults to whoever is signed in on this request. On a page
    /// that reads a patient the events are held and written together, in order, in one write
    /// before the page is sent (`RouteAccessMiddleware`).
    func audit(
        _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientID: UUID? = nil,
        actorKind: AuditEntry.ActorKind? = nil, actorID: UUID? = nil, subject: AuditSubject? = nil
    ) async throws {
        try await audit([
            auditEntry(action, outcome, patientID: patientID, actorKind: actorKind, actorID: actorID, subject: subject)
        ])
    }

    /// Records several events of this request in one write.
    func audit(_ entries: [AuditEntry]) async throws {
        if let held = storage[PageAuditKey.self] {
            held.withLockedValue { $0 += entries }
        } else {
            try await portal.audit.append(entries, at: now)
        }
    }

    /// From here on, this request's events are held for `writePageAudit`.
    func holdPageAudit() {
        storage[PageAuditKey.self] = NIOLockedValueBox([])
    }

    /// Writes the events held for this page, and holds no more: the page is sent only once
    /// they are committed.
    func writePageAudit() async throws {
        guard let held = storage[PageAuditKey.self] else { return }
        storage[PageAuditKey.self] = nil
        try await portal.audit.append(held.withLockedValue { $0 }, at: now)
    }

    private struct PageAuditKey: StorageKey { typealias Value = NIOLockedValueBox<[AuditEntry]> }

    /// Makes a change and writes the events that record it in one transaction: both are
    /// committed or neither. The events are chained once it commits, before this returns.
    func auditedChange<T: Sendable>(_ change: @escaping @Sendable (AuditedChange) async throws -> T) async throws -> T {
        let recorded = NIOLockedValueBox(false)
        let result = try await db.transaction { transaction in
            try await TransactionLock.writeFirst(on: transaction)
            return try await change(AuditedChange(db: transaction, request: self, recorded: recorded))
        }
        if recorded.withLockedValue({ $0 }) { await chainRecordedAuditEvents() }
        return result
    }

    /// The change is committed whatever happens here: should chaining fail, its events wait
    /// in `audit_pending` for the background work's next round.
    func chainRecordedAuditEvents() async {
        do {
            try await portal.audit.chainRecorded()
        } catch {
            logger.warning(
                "audit events recorded, chained later", metadata: ["error": .string(String(describing: type(of: error)))])
        }
    }

    func auditEntry(
        _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientID: UUID? = nil,
        actorKind: AuditEntry.ActorKind? = nil, actorID: UUID? = nil, subject: AuditSubject? = nil
    ) -> AuditEntry {
        let current = currentSession
        let kind = actorKind ?? (current?.staff != nil ? .staff : current?.member != nil ? .member : .anonymous)
        let id = actorID ?? current?.member?.id ?? current?.staff?.id
        return AuditEntry(
            actorKind: kind, actorID: id, patientID: patientID, action: action, outcome: outcome,
            clientAddress: clientAddress, userAgent: userAgent, subject: subject)
    }
}

/// A change's transaction, with the request it is made for, so its audit events are
/// written in it.
struct AuditedChange: Sendable {
    let db: any Database
    let request: Request
    fileprivate let recorded: NIOLockedValueBox<Bool>

    func audit(
        _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientID: UUID? = nil,
        actorKind: AuditEntry.ActorKind? = nil, actorID: UUID? = nil, subject: AuditSubject? = nil
    ) async throws {
        let entry = request.auditEntry(
            action, outcome, patientID: patientID, actorKind: actorKind, actorID: actorID, subject: subject)
        if try await request.portal.audit.record(entry, at: request.now, on: db) {
            recorded.withLockedValue { $0 = true }
        }
    }
}
