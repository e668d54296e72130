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
    /// The audit key whose HMAC makes the event's hash; nil for events written before the
    /// chain was keyed, whose hash is a plain SHA-256.
    public var keyID: String?

    public init(
        sequence: Int64, occurredAtMilliseconds: Int64, actorKind: String, actorID: String?,
        patientID: String?, action: String, outcome: String, clientAddress: String?, userAgent: String?,
        subject: String? = nil, keyID: String? = nil
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
        self.keyID = keyID
    }
}

/// A secret the audit chain's hashes are keyed with. It lives outside the database (in the
/// servers' settings), so the database's own role can no longer recompute a chain it edited.
public struct AuditKey: Sendable, Equatable {
    public var id: String
    public var bytes: [UInt8]

    public init(id: String, bytes: [UInt8]) {
        self.id = id
        self.bytes = bytes
    }
}

/// The hash chain that makes the audit trail tamper-evident: each event's hash covers the
/// previous event's hash, so changing, removing or reordering any event breaks every link
/// after it. The hash is an HMAC with a key the database does not hold, so whoever can write
/// to the database cannot forge a chain that verifies.
public enum AuditChain {
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The event's hash: an HMAC-SHA-256 with the key its record names, or, for an event from
    /// before the chain was keyed (`keyID` nil), the plain SHA-256 it was written with.
    /// Nil when the record names a key the keyring does not hold.
    public static func hash(of record: AuditRecord, previousHash: String, keyring: [AuditKey]) -> String? {
        let fields = canonicalFields(of: record, previousHash: previousHash)
        guard let keyID = record.keyID else { return hex(SHA256.hash(data: encode(fields))) }
        guard let key = keyring.first(where: { $0.id == keyID }) else { return nil }
        let mac = HMAC<SHA256>.authenticationCode(
            for: encode(fields + ["key:" + keyID]), using: SymmetricKey(data: key.bytes))
        return hex(mac)
    }

    /// The unkeyed hash of a record from before keys; kept for those events and their tests.
    public static func hash(of record: AuditRecord, previousHash: String) -> String {
        var unkeyed = record
        unkeyed.keyID = nil
        return hash(of: unkeyed, previousHash: previousHash, keyring: [])!
    }

    /// The seal of an event waiting to be chained (`audit_pending`), made with an audit key
    /// when it is written: a row added or changed there by someone without the key does not
    /// carry one, and is never chained.
    public static func pendingSeal(id: String, of record: AuditRecord, key: AuditKey) -> String {
        var fields: [String?] = ["audit-pending v1", id]
        fields += canonicalFields(of: record, previousHash: "") + ["key:" + key.id]
        return hex(HMAC<SHA256>.authenticationCode(for: encode(fields), using: SymmetricKey(data: key.bytes)))
    }

    /// Length-prefixed, with nil distinct from "", so no two records share an encoding.
    static func encode(_ fields: [String?]) -> Data {
        var data = Data()
        for field in fields {
            guard let field else {
                data.append(contentsOf: Array("-;".utf8))
                continue
            }
            let bytes = Array(field.utf8)
            data.append(contentsOf: Array("\(bytes.count):".utf8))
            data.append(contentsOf: bytes)
        }
        return data
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 { RandomToken.hex(digest) }

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
        /// The event names a key the verifier was not given: a forged key id, or a key
        /// retired from the settings too early.
        case unknownKey(sequence: Int64, keyID: String)
        /// An unkeyed event past the unkeyed prefix the settings name (`AUDIT_UNKEYED_UNTIL`):
        /// a forger who lacks the key writes these, even from the very first event.
        case unkeyed(sequence: Int64)
        /// An exported head the chain does not contain: the events it names were rewritten
        /// (hash differs) or removed (the chain ends before it).
        case headMismatch(sequence: Int64)
        case endsBeforeHead(sequence: Int64)
    }

    /// Walks the chain from its start and reports the first broken link.
    public static func firstBreak<S: Sequence>(
        in events: S, keyring: [AuditKey] = [], unkeyedUntil: Int64 = 0, heads: [ExportedHead] = []
    ) -> Break? where S.Element == (record: AuditRecord, storedHash: String) {
        var verifier = Verifier(keyring: keyring, unkeyedUntil: unkeyedUntil, heads: heads)
        for event in events {
            if let problem = verifier.check(event.record, storedHash: event.storedHash) { return problem }
        }
        return verifier.finish()
    }

    /// Checks events one at a time, so a long trail can be verified page by page.
    public struct Verifier: Sendable {
        public private(set) var previousHash = AuditChain.genesisHash
        public private(set) var nextSequence: Int64 = 1
        public private(set) var checked = 0
        /// Events from before the chain was keyed: they prove order, not who wrote them.
        public private(set) var unkeyed = 0
        private let keyring: [AuditKey]
        private let unkeyedUntil: Int64
        private var heads: [Int64: String] = [:]
        /// Two signed heads naming different hashes for one event: the chain forked.
        private var conflictingHead: Int64?

        /// `unkeyedUntil`: the last event written before the chain was keyed, as the settings
        /// name it (outside the database); every later event must be keyed.
        public init(keyring: [AuditKey] = [], unkeyedUntil: Int64 = 0, heads: [ExportedHead] = []) {
            self.keyring = keyring
            self.unkeyedUntil = unkeyedUntil
            // A head exported from an empty trail (sequence 0) names nothing to find.
            for head in heads where head.sequence > 0 {
                if let other = self.heads[head.sequence], other != head.hash {
                    conflictingHead = min(conflictingHead ?? head.sequence, head.sequence)
                }
                self.heads[head.sequence] = head.hash
            }
        }

        public mutating func check(_ record: AuditRecord, storedHash: String) -> Break? {
            if let conflictingHead { return .headMismatch(sequence: conflictingHead) }
            guard record.sequence == nextSequence else {
                return .gap(expected: nextSequence, found: record.sequence)
            }
            if let keyID = record.keyID {
                guard keyring.contains(where: { $0.id == keyID }) else {
                    return .unknownKey(sequence: record.sequence, keyID: keyID)
                }
            } else if record.sequence > unkeyedUntil {
                return .unkeyed(sequence: record.sequence)
            }
            guard AuditChain.hash(of: record, previousHash: previousHash, keyring: keyring) == storedHash else {
                return .hashMismatch(sequence: record.sequence)
            }
            if let exported = heads.removeValue(forKey: record.sequence), exported != storedHash {
                return .headMismatch(sequence: record.sequence)
            }
            if record.keyID == nil { unkeyed += 1 }
            previousHash = storedHash
            nextSequence += 1
            checked += 1
            return nil
        }

        /// After the last event: every exported head must have been met on the way.
        public func finish() -> Break? {
            if let conflictingHead { return .headMismatch(sequence: conflictingHead) }
            return heads.keys.min().map { .endsBeforeHead(sequence: $0) }
        }
    }

    /// The chain's newest link as exported outside the database (the logs, an archived
    /// file), signed with an audit key: `audit-head v1 seq=… hash=… at=… key=… sig=…`.
    /// A chain later rewritten or cut short no longer contains it.
    public struct ExportedHead: Sendable, Equatable {
        public var sequence: Int64
        public var hash: String
        public var exportedAtMilliseconds: Int64
        public var keyID: String

        public init(sequence: Int64, hash: String, exportedAtMilliseconds: Int64, keyID: String) {
            self.sequence = sequence
            self.hash = hash
            self.exportedAtMilliseconds = exportedAtMilliseconds
            self.keyID = keyID
        }

        public func line(signedWith key: AuditKey) -> String {
            "audit-head v1 seq=\(sequence) hash=\(hash) at=\(exportedAtMilliseconds) key=\(key.id) sig=\(signature(key))"
        }

        private var signedText: String { "audit-head v1|\(sequence)|\(hash)|\(exportedAtMilliseconds)|\(keyID)" }

        private func signature(_ key: AuditKey) -> String {
            AuditChain.hex(HMAC<SHA256>.authenticationCode(for: Data(signedText.utf8), using: SymmetricKey(data: key.bytes)))
        }

        public enum ReadFailure: Error, Equatable {
            case malformed
            case unknownKey(String)
            case badSignature
        }

        /// Reads a line written by `line(signedWith:)` and checks its signature.
        public static func read(_ line: String, keyring: [AuditKey]) throws(ReadFailure) -> ExportedHead {
            var fields: [String: String] = [:]
            let words = line.split(separator: " ")
            guard words.count == 7, words[0] == "audit-head", words[1] == "v1" else { throw .malformed }
            for word in words.dropFirst(2) {
                let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { throw .malformed }
                fields[pair[0]] = pair[1]
            }
            guard let sequence = fields["seq"].flatMap({ Int64($0) }), sequence >= 0,
                let hash = fields["hash"], hash.count == 64, let at = fields["at"].flatMap({ Int64($0) }),
                let keyID = fields["key"], let signature = fields["sig"]
            else { throw .malformed }
            guard let key = keyring.first(where: { $0.id == keyID }) else { throw .unknownKey(keyID) }
            let head = ExportedHead(sequence: sequence, hash: hash, exportedAtMilliseconds: at, keyID: keyID)
            guard head.signature(key) == signature else { throw .badSignature }
            return head
        }
    }
}
