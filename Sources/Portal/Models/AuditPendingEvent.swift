import Fluent
import Foundation
import PortalCore

/// An audit event committed with its change and not yet chained (`AuditWriter` moves it
/// into `audit_events`, numbered and hashed, moments later).
final class AuditPendingEvent: Model, @unchecked Sendable {
    static let schema = "audit_pending"

    @ID(key: .id) var id: UUID?
    @Field(key: "occurred_at_ms") var occurredAtMilliseconds: Int64
    @Field(key: "actor_kind") var actorKind: String
    @OptionalField(key: "actor_id") var actorID: String?
    @OptionalField(key: "patient_id") var patientID: String?
    @Field(key: "action") var action: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "client_address") var clientAddress: String?
    @OptionalField(key: "user_agent") var userAgent: String?
    @OptionalField(key: "subject") var subject: String?
    @Field(key: "key_id") var keyID: String
    /// `AuditChain.pendingSeal` over the row's id and fields.
    @Field(key: "seal") var seal: String

    var properties: [any AnyProperty] {
        [
            $id, $occurredAtMilliseconds, $actorKind, $actorID, $patientID, $action, $outcome, $clientAddress, $userAgent,
            $subject, $keyID, $seal,
        ]
    }

    init() {}

    /// A row sealed with `key`, ready to be written.
    init(record: AuditRecord, sealedWith key: AuditKey) {
        let id = UUID()
        self.id = id
        keyID = key.id
        seal = AuditChain.pendingSeal(id: id.uuidString.lowercased(), of: record, key: key)
        occurredAtMilliseconds = record.occurredAtMilliseconds
        actorKind = record.actorKind
        actorID = record.actorID
        patientID = record.patientID
        action = record.action
        outcome = record.outcome
        clientAddress = record.clientAddress
        userAgent = record.userAgent
        subject = record.subject
    }

    func record(sequence: Int64, keyID: String?) -> AuditRecord {
        AuditRecord(
            sequence: sequence, occurredAtMilliseconds: occurredAtMilliseconds, actorKind: actorKind, actorID: actorID,
            patientID: patientID, action: action, outcome: outcome, clientAddress: clientAddress, userAgent: userAgent,
            subject: subject, keyID: keyID)
    }

    /// Whether the row is as it was written by the portal: sealed with a key of `keyring`.
    func isSealed(by keyring: [AuditKey]) -> Bool {
        guard let id, let key = keyring.first(where: { $0.id == keyID }) else { return false }
        let expected = AuditChain.pendingSeal(id: id.uuidString.lowercased(), of: record(sequence: 0, keyID: nil), key: key)
        return expected == seal
    }
}
