import Crypto
import Foundation

/// One event of the audit trail as it is hashed: every stored field, nothing derived.
public struct AuditRecord: Sendable, Equatable {
    public var sequence: Int64
    public var occurredAtMilliseconds: Int64
    public var actorKind: String
    public var actorID: String?
    public var patientID: String?
    public var action: String
    public var outcome: String
    public var clientAddress: String?
    public var userAgent: String?
    /// What else the event was about, as `kind:id` (an enrollment request, a grant, an
    /// account); never a name or any health information.
    public var subject: String?

    public init(
        sequence: Int64, occurredAtMilliseconds: Int64, actorKind: String, actorID: String?,
        patientID: String?, action: String, outcome: String, clientAddress: String?, userAgent: String?,
        subject: String? = nil
    ) {
        self.sequence = sequence
        self.occurredAtMilliseconds = occurredAtMilliseconds
        self.actorKind = actorKind
        self.actorID = actorID
        self.patientID = patientID
        self.action = action
        self.outcome = outcome
        self.clientAddress = clientAddress
        self.userAgent = userAgent
        self.subject = subject
    }
}

/// The hash chain that makes the audit trail tamper-evident: each event's hash covers the
/// previous event's hash, so changing, removing or reordering any event breaks every link
/// after it.
public enum AuditChain {
    public static let genesisHash = String(repeating: "0", count: 64)

    public static func hash(of record: AuditRecord, previousHash: String) -> String {
        var hasher = SHA256()
        for field in canonicalFields(of: record, previousHash: previousHash) {
            // Length-prefixed, with nil distinct from "", so no two records share an encoding.
            guard let field else {
                hasher.update(data: Data("-;".utf8))
                continue
            }
            let bytes = Data(field.utf8)
            hasher.update(data: Data("\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    static func canonicalFields(of r: AuditRecord, previousHash: String) -> [String?] {
        let fields = [
            previousHash, String(r.sequence), String(r.occurredAtMilliseconds), r.actorKind, r.actorID,
            r.patientID, r.action, r.outcome, r.clientAddress, r.userAgent,
        ]
        // The subject came later: hashed only when present, so events written before it
        // still verify, and the length prefixes keep an extra field from colliding.
        return r.subject.map { fields + [$0] } ?? fields
    }

    public enum Break: Sendable, Equatable {
        /// The stored hash does not match the event's contents and its predecessor.
        case hashMismatch(sequence: Int64)
        /// An event is missing or out of order before this one.
        case gap(expected: Int64, found: Int64)
    }

    /// Walks the chain from its start and reports the first broken link.
    public static func firstBreak<S: Sequence>(in events: S) -> Break?
    where S.Element == (record: AuditRecord, storedHash: String) {
        var verifier = Verifier()
        for event in events {
            if let problem = verifier.check(event.record, storedHash: event.storedHash) { return problem }
        }
        return nil
    }

    /// Checks events one at a time, so a long trail can be verified page by page.
    public struct Verifier: Sendable {
        public private(set) var previousHash = AuditChain.genesisHash
        public private(set) var nextSequence: Int64 = 1
        public private(set) var checked = 0

        public init() {}

        public mutating func check(_ record: AuditRecord, storedHash: String) -> Break? {
            guard record.sequence == nextSequence else {
                return .gap(expected: nextSequence, found: record.sequence)
            }
            guard AuditChain.hash(of: record, previousHash: previousHash) == storedHash else {
                return .hashMismatch(sequence: record.sequence)
            }
            previousHash = storedHash
            nextSequence += 1
            checked += 1
            return nil
        }
    }
}
