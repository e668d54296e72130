import Fluent
import Foundation

/// The single row that holds the end of the audit chain. Writers lock it inside their
/// transaction, so app servers sharing a PostgreSQL database extend one chain in order.
final class AuditChainHead: Model, @unchecked Sendable {
    static let schema = "audit_chain_head"
    static let singletonID = 1

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "last_sequence") var lastSequence: Int64
    @Field(key: "last_hash") var lastHash: String

    var properties: [any AnyProperty] { [$id, $lastSequence, $lastHash] }

    init() {}

    init(lastSequence: Int64, lastHash: String) {
        id = Self.singletonID
        self.lastSequence = lastSequence
        self.lastHash = lastHash
    }
}
