import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

extension Request {
    /// Records an event that changes nothing (a page seen, a refusal) and returns only once
    /// it is committed. The actor defaults to whoever is signed in on this request.
    func audit(
        _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientID: UUID? = nil,
        actorKind: AuditEntry.ActorKind? = nil, actorID: UUID? = nil, subject: AuditSubject? = nil
    ) async throws {
        let entry = auditEntry(
            action, outcome, patientID: patientID, actorKind: actorKind, actorID: actorID, subject: subject)
        try await portal.audit.append(entry, at: now)
    }

    /// Records several events of this request in one write, once all are committed.
    func audit(_ entries: [AuditEntry]) async throws {
        try await portal.audit.append(entries, at: now)
    }

    /// Records an event with the others of this page: on a page that reads a patient, they
    /// are written together, in one write, after the page is made and before it is sent
    /// (`RouteAccessMiddleware`); anywhere else at once.
    func auditWithPage(
        _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientID: UUID? = nil, subject: AuditSubject? = nil
    ) async throws {
        let entry = auditEntry(action, outcome, patientID: patientID, subject: subject)
        if let held = storage[PageAuditKey.self] {
            held.withLockedValue { $0.append(entry) }
        } else {
            try await portal.audit.append(entry, at: now)
        }
    }

    /// From here on, `auditWithPage` holds this request's events for `writePageAudit`.
    func holdPageAudit() {
        storage[PageAuditKey.self] = NIOLockedValueBox([])
    }

    /// Writes the events held for this page; the page is sent only once they are committed.
    func writePageAudit() async throws {
        guard let held = storage[PageAuditKey.self] else { return }
        let entries = held.withLockedValue { entries in
            defer { entries.removeAll() }
            return entries
        }
        try await audit(entries)
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
