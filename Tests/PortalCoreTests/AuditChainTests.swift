import Testing

@testable import PortalCore

/// Chains from before keys (plain SHA-256), as a trail begun then keeps them.
@Suite("The audit chain")
struct AuditChainTests {
    func chain(_ count: Int) -> [(record: AuditRecord, storedHash: String)] {
        var previous = AuditChain.genesisHash
        return (1...count).map { n in
            let record = AuditRecord(
                sequence: Int64(n), occurredAtMilliseconds: 1_800_000_000_000 + Int64(n), actorKind: "member",
                actorID: "m\(n)", patientID: n.isMultiple(of: 2) ? "p1" : nil, action: "patient.view",
                outcome: "success", clientAddress: "127.0.0.1", userAgent: "test")
            previous = AuditChain.hash(of: record, previousHash: previous)
            return (record, previous)
        }
    }

    @Test("An untouched chain verifies")
    func intact() {
        #expect(AuditChain.firstBreak(in: chain(10), unkeyedUntil: .max) == nil)
    }

    @Test("A changed field is found at its event")
    func changedField() {
        var events = chain(10)
        events[6].record.outcome = "failure"
        #expect(AuditChain.firstBreak(in: events, unkeyedUntil: .max) == .hashMismatch(sequence: 7))
    }

    @Test("The subject is covered by the hash, and events without one hash as they did before it existed")
    func subject() {
        var events = chain(4)
        events[1].record.subject = "enrollment_request:1"
        #expect(AuditChain.firstBreak(in: events, unkeyedUntil: .max) == .hashMismatch(sequence: 2))
        // Written in an earlier release, before the field existed: this hash must never change.
        let old = AuditRecord(
            sequence: 1, occurredAtMilliseconds: 1, actorKind: "member", actorID: nil, patientID: nil, action: "sign_in",
            outcome: "success", clientAddress: nil, userAgent: nil)
        #expect(AuditChain.hash(of: old, previousHash: AuditChain.genesisHash) == frozenHashOfOldRecord)
        var withSubject = old
        withSubject.subject = ""
        #expect(AuditChain.hash(of: withSubject, previousHash: AuditChain.genesisHash) != frozenHashOfOldRecord)
    }

    @Test("A deleted event is found as a gap")
    func deletedEvent() {
        var events = chain(10)
        events.remove(at: 3)
        #expect(AuditChain.firstBreak(in: events, unkeyedUntil: .max) == .gap(expected: 4, found: 5))
    }

    @Test("A rewritten hash breaks the next link")
    func rewrittenHash() {
        var events = chain(5)
        events[1].record.action = "other"
        events[1].storedHash = AuditChain.hash(of: events[1].record, previousHash: events[0].storedHash)
        #expect(AuditChain.firstBreak(in: events, unkeyedUntil: .max) == .hashMismatch(sequence: 3))
    }

    @Test("A missing value and an empty value hash differently")
    func nilIsNotEmpty() {
        let base = chain(1)[0].record
        var empty = base
        empty.patientID = ""
        #expect(
            AuditChain.hash(of: base, previousHash: AuditChain.genesisHash)
                != AuditChain.hash(of: empty, previousHash: AuditChain.genesisHash))
    }
}

/// The hash of that record by the encoding used before audit subjects existed.
private let frozenHashOfOldRecord = "9280777c3c959cfc3713e987dcc14c968afab9633d34b87462c8237aa2f71fd2"

@Suite("The keyed audit chain and its exported head")
struct KeyedAuditChainTests {
    let first = AuditKey(id: "2026a", bytes: [UInt8](repeating: 7, count: 32))
    let second = AuditKey(id: "2026b", bytes: [UInt8](repeating: 9, count: 32))

    typealias Event = (record: AuditRecord, storedHash: String)

    /// Events numbered from `from`, chained onto `previous`, each keyed with `key`.
    func chain(_ count: Int, key: AuditKey?, from: Int = 1, previous: String = AuditChain.genesisHash) -> [Event] {
        var previous = previous
        return (from..<(from + count)).map { n in
            let record = AuditRecord(
                sequence: Int64(n), occurredAtMilliseconds: 1_800_000_000_000 + Int64(n), actorKind: "staff",
                actorID: "s\(n)", patientID: "p\(n % 3)", action: "patient.view", outcome: "success",
                clientAddress: "10.0.0.\(n)", userAgent: "test", subject: nil, keyID: key?.id)
            previous = AuditChain.hash(of: record, previousHash: previous, keyring: [first, second])!
            return (record, previous)
        }
    }

    /// Recomputes every hash from `index` on, as someone who can write to the database would
    /// after editing: without the key they can only write unkeyed hashes, or keyed ones with
    /// a key of their own.
    func rehash(_ events: inout [Event], from index: Int, with key: AuditKey?) {
        var previous = index == 0 ? AuditChain.genesisHash : events[index - 1].storedHash
        for i in index..<events.count {
            events[i].record.keyID = key?.id
            previous = AuditChain.hash(of: events[i].record, previousHash: previous, keyring: [key ?? first])!
            events[i].storedHash = previous
        }
    }

    @Test("A keyed chain verifies with its key, and not without it")
    func keyed() {
        let events = chain(8, key: first)
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == nil)
        #expect(AuditChain.firstBreak(in: events, keyring: [second]) == .unknownKey(sequence: 1, keyID: "2026a"))
    }

    @Test("An edited event is found, even with every later hash recomputed without the key")
    func edited() {
        var events = chain(8, key: first)
        events[4].record.outcome = "denied"
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .hashMismatch(sequence: 5))
        rehash(&events, from: 4, with: nil)
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .unkeyed(sequence: 5))
        let forger = AuditKey(id: "2026a", bytes: [UInt8](repeating: 1, count: 32))
        rehash(&events, from: 4, with: forger)
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .hashMismatch(sequence: 5))
    }

    @Test("A chain rewritten whole without the key, from its first event, does not verify")
    func rewrittenFromTheStart() {
        var events = chain(6, key: first)
        events[2].record.actorID = "someone else"
        rehash(&events, from: 0, with: nil)
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .unkeyed(sequence: 1))
        #expect(AuditChain.firstBreak(in: events, keyring: [first], unkeyedUntil: 2) == .unkeyed(sequence: 3))
    }

    @Test("Two signed heads naming different hashes for one event are a fork")
    func conflictingHeads() {
        let events = chain(4, key: first)
        let honest = AuditChain.ExportedHead(sequence: 3, hash: events[2].storedHash, exportedAtMilliseconds: 1, keyID: "2026a")
        var forged = honest
        forged.hash = String(repeating: "f", count: 64)
        #expect(AuditChain.firstBreak(in: events, keyring: [first], heads: [honest]) == nil)
        #expect(AuditChain.firstBreak(in: events, keyring: [first], heads: [honest, forged]) == .headMismatch(sequence: 3))
    }

    @Test("A deleted event is found, with later events renumbered and rehashed or not")
    func deleted() {
        var events = chain(8, key: first)
        events.remove(at: 2)
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .gap(expected: 3, found: 4))
        for i in 2..<events.count { events[i].record.sequence -= 1 }
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .hashMismatch(sequence: 3))
    }

    @Test("An inserted event is found")
    func inserted() {
        var events = chain(6, key: first)
        var extra = events[2]
        extra.record.actorID = "intruder"
        events.insert(extra, at: 3)
        for i in 3..<events.count { events[i].record.sequence = Int64(i + 1) }
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .hashMismatch(sequence: 4))
    }

    @Test("Reordered events are found")
    func reordered() {
        var events = chain(6, key: first)
        events.swapAt(1, 2)
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .gap(expected: 2, found: 3))
        events[1].record.sequence = 2
        events[2].record.sequence = 3
        #expect(AuditChain.firstBreak(in: events, keyring: [first]) == .hashMismatch(sequence: 2))
    }

    @Test("Keys rotate: older events keep the key they were written with; old unkeyed events lead the chain")
    func rotation() {
        let unkeyed = chain(3, key: nil)
        let older = chain(3, key: first, from: 4, previous: unkeyed.last!.storedHash)
        let newer = chain(3, key: second, from: 7, previous: older.last!.storedHash)
        let events = unkeyed + older + newer
        #expect(AuditChain.firstBreak(in: events, keyring: [second, first], unkeyedUntil: 3) == nil)
        #expect(AuditChain.firstBreak(in: events, keyring: [second], unkeyedUntil: 3) == .unknownKey(sequence: 4, keyID: "2026a"))
        // Without the settings' word that the first three predate keys, they are forgeries.
        #expect(AuditChain.firstBreak(in: events, keyring: [second, first]) == .unkeyed(sequence: 1))
        var verifier = AuditChain.Verifier(keyring: [second, first], unkeyedUntil: 3)
        for event in events { #expect(verifier.check(event.record, storedHash: event.storedHash) == nil) }
        #expect(verifier.unkeyed == 3 && verifier.checked == 9)
    }

    @Test("A signed head reads back; a changed or unsigned one does not")
    func exportedHeadLine() throws {
        let head = AuditChain.ExportedHead(
            sequence: 42, hash: String(repeating: "ab", count: 32), exportedAtMilliseconds: 1_800_000_000_000, keyID: first.id)
        let line = head.line(signedWith: first)
        #expect(try AuditChain.ExportedHead.read(line, keyring: [first, second]) == head)
        #expect(throws: AuditChain.ExportedHead.ReadFailure.badSignature) {
            try AuditChain.ExportedHead.read(line.replacingOccurrences(of: "seq=42", with: "seq=41"), keyring: [first])
        }
        #expect(throws: AuditChain.ExportedHead.ReadFailure.unknownKey("2026a")) {
            try AuditChain.ExportedHead.read(line, keyring: [second])
        }
        for bad in ["", "audit-head v1", "audit-head v2 " + line.dropFirst(14), line + " extra=1"] {
            #expect(throws: AuditChain.ExportedHead.ReadFailure.malformed) {
                try AuditChain.ExportedHead.read(bad, keyring: [first])
            }
        }
    }

    @Test("A chain rewritten with the key, or cut short, no longer contains the exported head")
    func rewrittenAgainstHead() {
        let events = chain(10, key: first)
        let head = AuditChain.ExportedHead(
            sequence: 7, hash: events[6].storedHash, exportedAtMilliseconds: 1_800_000_000_100, keyID: first.id)
        #expect(AuditChain.firstBreak(in: events, keyring: [first], heads: [head]) == nil)
        // Someone who also holds the key rewrites event 5 and every link after it.
        var rewritten = events
        rewritten[4].record.outcome = "denied"
        rehash(&rewritten, from: 4, with: first)
        #expect(AuditChain.firstBreak(in: rewritten, keyring: [first]) == nil)
        #expect(AuditChain.firstBreak(in: rewritten, keyring: [first], heads: [head]) == .headMismatch(sequence: 7))
        // The newest events removed (and the stored head moved back): only the export notices.
        let cut = Array(events.prefix(5))
        #expect(AuditChain.firstBreak(in: cut, keyring: [first]) == nil)
        #expect(AuditChain.firstBreak(in: cut, keyring: [first], heads: [head]) == .endsBeforeHead(sequence: 7))
        let empty = AuditChain.ExportedHead(
            sequence: 0, hash: AuditChain.genesisHash, exportedAtMilliseconds: 0, keyID: first.id)
        #expect(AuditChain.firstBreak(in: cut, keyring: [first], heads: [empty]) == nil)
    }
}
