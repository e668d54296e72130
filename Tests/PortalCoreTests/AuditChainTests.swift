import Testing

@testable import PortalCore

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
        #expect(AuditChain.firstBreak(in: chain(10)) == nil)
    }

    @Test("A changed field is found at its event")
    func changedField() {
        var events = chain(10)
        events[6].record.outcome = "failure"
        #expect(AuditChain.firstBreak(in: events) == .hashMismatch(sequence: 7))
    }

    @Test("The subject is covered by the hash, and events without one hash as they did before it existed")
    func subject() {
        var events = chain(4)
        events[1].record.subject = "enrollment_request:1"
        #expect(AuditChain.firstBreak(in: events) == .hashMismatch(sequence: 2))
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
        #expect(AuditChain.firstBreak(in: events) == .gap(expected: 4, found: 5))
    }

    @Test("A rewritten hash breaks the next link")
    func rewrittenHash() {
        var events = chain(5)
        events[1].record.action = "other"
        events[1].storedHash = AuditChain.hash(of: events[1].record, previousHash: events[0].storedHash)
        #expect(AuditChain.firstBreak(in: events) == .hashMismatch(sequence: 3))
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
