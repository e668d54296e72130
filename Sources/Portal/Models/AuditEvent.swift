import Fluent
import Foundation
import PortalCore

/// One row of the append-only audit trail. Its `sequence` orders the hash chain.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(custom: "sequence", generatedBy: .user) var id: Int64?
    @Field(key: "occurred_at_ms") var occurredAtMilliseconds: Int64
    @Field(key: "actor_kind") var actorKind: String
    @OptionalField(key: "actor_id") var actorID: String?
    @OptionalField(key: "patient_id") var patientID: String?
    @Field(key: "action") var action: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "client_address") var clientAddress: String?
    @OptionalField(key: "user_agent") var userAgent: String?
    @OptionalField(key: "subject") var subject: String?
    @OptionalField(key: "key_id") var keyID: String?
    @Field(key: "hash") var hash: String

    var properties: [any AnyProperty] {
        [
            $id, $occurredAtMilliseconds, $actorKind, $actorID, $patientID, $action, $outcome, $clientAddress, $userAgent,
            $subject, $keyID, $hash,
        ]
    }

    init() {}

    init(record: AuditRecord, hash: String) {
        id = record.sequence
        occurredAtMilliseconds = record.occurredAtMilliseconds
        actorKind = record.actorKind
        actorID = record.actorID
        patientID = record.patientID
        action = record.action
        outcome = record.outcome
        clientAddress = record.clientAddress
        userAgent = record.userAgent
        subject = record.subject
        keyID = record.keyID
        self.hash = hash
    }

    var record: AuditRecord {
        AuditRecord(
            sequence: id ?? 0, occurredAtMilliseconds: occurredAtMilliseconds, actorKind: actorKind, actorID: actorID,
            patientID: patientID, action: action, outcome: outcome, clientAddress: clientAddress, userAgent: userAgent,
            subject: subject, keyID: keyID)
    }
}
