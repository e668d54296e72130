import Foundation
import Vapor

extension Request {
    /// Records an event and returns only once it is committed. The actor defaults to whoever
    /// is signed in on this request.
    func audit(
        _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientID: UUID? = nil,
        actorKind: AuditEntry.ActorKind? = nil, actorID: UUID? = nil, subject: AuditSubject? = nil
    ) async throws {
        let current = currentSession
        let kind = actorKind ?? (current?.staff != nil ? .staff : current?.member != nil ? .member : .anonymous)
        let id = actorID ?? current?.member?.id ?? current?.staff?.id
        let entry = AuditEntry(
            actorKind: kind, actorID: id, patientID: patientID, action: action, outcome: outcome,
            clientAddress: clientAddress, userAgent: userAgent, subject: subject)
        try await portal.audit.append(entry, at: now)
    }
}
