import Fluent
import Foundation
import PortalCore
import SQLKit
import Testing
import VaporTesting

@testable import Portal

@Suite("The audit trail")
struct AuditTrailTests {
    @Test("Sign-in, views and sign-out are recorded in one intact chain")
    func chainIsIntact() async throws {
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            try await Fixtures.grant(world, member, try await Fixtures.patient(world, bornYearsAgo: 4))
            let browser = Browser(world)
            try await browser.signIn(email: member.email, password: "wrong wrong wrong")
            try await browser.signIn(email: member.email)
            try await browser.get(Routes.home())
            try await browser.post(Routes.signOut(), [:])

            let events = try await AuditEvent.query(on: world.app.db).sort(\.$id).all()
            #expect(events.map(\.action) == ["sign_in", "sign_in", "patient.view", "sign_out"])
            #expect(events.map(\.outcome) == ["failure", "success", "success", "success"])
            #expect(events.allSatisfy { $0.userAgent == "PortalTests" })
            let result = try await AuditVerification.run(world)
            #expect(result.firstBreak == nil)
            #expect(result.checked == 4)
        }
    }

    @Test("Concurrent requests are batched yet each event is committed and chained")
    func groupCommit() async throws {
        try await withTestApp { world in
            let writer = world.app.portal.audit
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        try await writer.append(
                            AuditEntry(
                                actorKind: .system, actorID: nil, patientID: UUID(), action: .patientView, outcome: .success),
                            at: world.now)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await AuditEvent.query(on: world.app.db).count() == 200)
            #expect(try await AuditVerification.run(world).firstBreak == nil)
        }
    }

    @Test("Verification while events are being written reads one snapshot and finds the chain intact")
    func verifyWhileWriting() async throws {
        try await withTestApp { world in
            let writing = Task {
                for _ in 0..<300 {
                    try await world.app.portal.audit.append(
                        AuditEntry(actorKind: .system, actorID: nil, patientID: nil, action: .signIn, outcome: .success),
                        at: world.now)
                }
            }
            // Small pages: events written between two pages, and a head newer than the last
            // page, would be reported as a break by a verifier without one snapshot. A few
            // short verifications: each holds one of SQLite's connections while it reads.
            var checks: [Int] = []
            while checks.count < 10 {
                let result = try await AuditVerification.run(world, pageSize: 20)
                #expect(result.firstBreak == nil)
                checks.append(result.checked)
                if result.checked >= 300 { break }
            }
            try await writing.value
            #expect(checks.contains { $0 > 0 && $0 < 300 }, "a verification ran while events were being written")
            #expect(try await AuditVerification.run(world).checked == 300)
        }
    }

    @Test("The database refuses to change, delete or (on PostgreSQL) truncate audit events")
    func appendOnly() async throws {
        try await withTestApp { world in
            try await world.app.portal.audit.append(
                AuditEntry(actorKind: .system, actorID: nil, patientID: nil, action: .signIn, outcome: .success), at: world.now)
            let sql = world.app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE audit_events SET outcome = 'failure'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM audit_events").run() }
            if sql.dialect.name == "postgresql" {
                await #expect(throws: (any Error).self) { try await sql.raw("TRUNCATE audit_events").run() }
            }
            #expect(try await AuditEvent.query(on: world.app.db).first()?.outcome == "success")
        }
    }

    @Test("Tampering by someone who disables the guard is found at the changed event")
    func tamperingIsDetected() async throws {
        try await withTestApp { world in
            for _ in 0..<5 {
                try await world.app.portal.audit.append(
                    AuditEntry(actorKind: .system, actorID: nil, patientID: nil, action: .signIn, outcome: .success),
                    at: world.now)
            }
            let sql = try await Self.disableAppendOnlyGuard(world)
            try await sql.raw("UPDATE audit_events SET outcome = 'failure' WHERE sequence = 3").run()
            #expect(try await AuditVerification.run(world).firstBreak == .hashMismatch(sequence: 3))

            try await sql.raw("UPDATE audit_events SET outcome = 'success' WHERE sequence = 3").run()
            try await sql.raw("DELETE FROM audit_events WHERE sequence = 5").run()
            #expect(try await AuditVerification.run(world).firstBreak == .gap(expected: 5, found: 6))
        }
    }

    @Test("Events are keyed with the first audit key, and the chain verifies only with that key")
    func keyedEvents() async throws {
        let older = AuditKey(id: "older", bytes: [UInt8](repeating: 3, count: 32))
        let current = AuditKey(id: "current", bytes: [UInt8](repeating: 4, count: 32))
        func keys(_ list: [AuditKey]) -> String {
            list.map { "\($0.id):\(Data($0.bytes).base64EncodedString())" }.joined(separator: ",")
        }
        try await withTestApp(environment: ["AUDIT_KEYS": keys([current, older])]) { world in
            try await Self.writeEvents(world, 3)
            let events = try await AuditEvent.query(on: world.app.db).all()
            #expect(events.count == 3 && events.allSatisfy { $0.keyID == "current" })
            #expect(try await AuditVerification.run(world).firstBreak == nil)
            let withoutCurrent = try await AuditVerification.run(on: world.app.db, keyring: [older])
            #expect(withoutCurrent.firstBreak == .unknownKey(sequence: 1, keyID: "current"))
            let wrongBytes = AuditKey(id: "current", bytes: [UInt8](repeating: 5, count: 32))
            #expect(
                try await AuditVerification.run(on: world.app.db, keyring: [wrongBytes]).firstBreak == .hashMismatch(sequence: 1))
        }
    }

    @Test("A chain cut short, or rewritten by someone holding the key, is found against the exported heads")
    func exportedHeads() async throws {
        let headFile = FileManager.default.temporaryDirectory.appending(path: "audit-head-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: headFile) }
        try await withTestApp(environment: ["AUDIT_HEAD_FILE": headFile]) { world in
            let config = world.app.portal.config
            try await AuditHeadExport.export(on: world.app.db, config: config, logger: world.app.logger)
            try await Self.writeEvents(world, 6)
            try await AuditHeadExport.export(on: world.app.db, config: config, logger: world.app.logger)
            let heads = try AuditHeadExport.read(file: headFile, keyring: config.auditKeys)
            #expect(heads.map(\.sequence) == [0, 6])
            #expect(try await AuditVerification.run(world, heads: heads).firstBreak == nil)

            let sql = try await Self.disableAppendOnlyGuard(world)
            // Rewritten from event 3 on with the key itself, and the stored head moved along.
            let events = try await AuditEvent.query(on: world.app.db).sort(\.$id).all()
            var previous = events[1].hash
            for event in events[2...] {
                var record = event.record
                if record.sequence == 3 { record.outcome = "denied" }
                previous = AuditChain.hash(of: record, previousHash: previous, keyring: config.auditKeys)!
                try await sql.raw(
                    "UPDATE audit_events SET outcome = \(bind: record.outcome), hash = \(bind: previous) WHERE sequence = \(bind: record.sequence)"
                ).run()
            }
            try await sql.raw("UPDATE audit_chain_head SET last_hash = \(bind: previous)").run()
            #expect(try await AuditVerification.run(world).firstBreak == nil)
            #expect(try await AuditVerification.run(world, heads: heads).firstBreak == .headMismatch(sequence: 6))

            // The newest events removed and the stored head moved back: only the export knows.
            try await sql.raw("DELETE FROM audit_events WHERE sequence > 2").run()
            try await sql.raw("UPDATE audit_chain_head SET last_sequence = 2, last_hash = \(bind: events[1].hash)").run()
            #expect(try await AuditVerification.run(world).firstBreak == nil)
            #expect(try await AuditVerification.run(world, heads: heads).firstBreak == .endsBeforeHead(sequence: 6))

            // A forged line in the archive is refused, not trusted.
            try (String(contentsOfFile: headFile, encoding: .utf8).replacingOccurrences(of: "seq=6", with: "seq=2"))
                .write(toFile: headFile, atomically: true, encoding: .utf8)
            #expect(throws: CommandFailure.self) { try AuditHeadExport.read(file: headFile, keyring: config.auditKeys) }
        }
    }

    @Test("portal audit verify --head-file reads heads out of JSON logs and fails once the chain is cut short")
    func verifyCommand() async throws {
        let logFile = FileManager.default.temporaryDirectory.appending(path: "audit-log-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: logFile) }
        try await withTestApp { world in
            try await Self.writeEvents(world, 2)
            let line = try await AuditHeadExport.signedLine(on: world.app.db, config: world.app.portal.config)
            let logged = #"{"level":"notice","message":"audit head","audit_head":""# + line + #"","label":"Portal"}"#
            try (logged + "\n").write(toFile: logFile, atomically: true, encoding: .utf8)
            var context = CommandContext(
                console: Terminal(), input: CommandInput(arguments: ["portal", "verify", "--head-file", logFile]))
            context.application = world.app
            try await AuditCommand().run(using: &context)

            let sql = try await Self.disableAppendOnlyGuard(world)
            try await sql.raw("DELETE FROM audit_events WHERE sequence = 2").run()
            try await sql.raw(
                "UPDATE audit_chain_head SET last_sequence = 1, last_hash = (SELECT hash FROM audit_events WHERE sequence = 1)"
            ).run()
            var again = CommandContext(
                console: Terminal(), input: CommandInput(arguments: ["portal", "verify", "--head-file", logFile]))
            again.application = world.app
            let failure = await #expect(throws: CommandFailure.self) { try await AuditCommand().run(using: &again) }
            #expect(failure?.description.contains("cut short") == true)
        }
    }

    @Test("A change and its audit event commit together: a rolled-back change leaves no event")
    func eventRollsBackWithItsChange() async throws {
        struct ChangedMind: Error {}
        try await withTestApp { world in
            let member = try await Fixtures.member(world)
            let request = Request(application: world.app, on: world.app.eventLoopGroup.next())
            await #expect(throws: ChangedMind.self) {
                try await request.auditedChange { change in
                    member.fullName = "Changed"
                    try await member.update(on: change.db)
                    try await change.audit(.passwordChanged, .success, actorKind: .member, actorID: member.id)
                    throw ChangedMind()
                }
            }
            #expect(try await Member.find(member.id, on: world.app.db)?.fullName != "Changed")
            #expect(try await AuditPendingEvent.query(on: world.app.db).count() == 0)
            #expect(try await AuditEvent.query(on: world.app.db).count() == 0)

            try await request.auditedChange { change in
                try await change.audit(.passwordChanged, .success, actorKind: .member, actorID: member.id)
            }
            #expect(try await AuditEvent.query(on: world.app.db).all().map(\.action) == ["password.changed"])
            #expect(try await AuditPendingEvent.query(on: world.app.db).count() == 0)
        }
    }

    @Test("Events committed with their changes are chained exactly once, by two writers (two app servers) at once")
    func recordedEventsChainOnce() async throws {
        try await withTestApp { world in
            let db = world.app.db
            let keyring = world.app.portal.config.auditKeys
            // A second node's writer over the same database.
            let writers = [
                world.app.portal.audit,
                AuditWriter(database: db, metrics: PortalMetrics(), keyring: keyring, logger: world.app.logger),
            ]
            // Committed on PostgreSQL before a crash cut their chaining short: they wait in
            // audit_pending.
            for n in 0..<20 {
                try await AuditPendingEvent(
                    record: AuditWriter.record(
                        for: AuditEntry(
                            actorKind: .system, actorID: nil, patientID: UUID(), action: .grantAdded, outcome: .success),
                        sequence: 0, at: world.now.addingTimeInterval(Double(n))), sealedWith: keyring[0]
                ).create(on: db)
            }
            #expect(try await AuditEvent.query(on: db).count() == 0)
            // SQLite has two connections and one writer: under the whole suite's load, twenty
            // changes at once can wait past the pool's timeout there. Eight still race.
            let changes = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] == nil ? 8 : 20
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<changes {
                    let writer = writers[n % 2]
                    group.addTask {
                        try await db.transaction { transaction in
                            // As every change of the portal's does: SQLite's write lock first.
                            try await TransactionLock.writeFirst(on: transaction)
                            try await world.app.portal.audit.record(
                                AuditEntry(
                                    actorKind: .system, actorID: nil, patientID: nil, action: .grantRevoked, outcome: .success),
                                at: world.now, on: transaction)
                        }
                        try await writer.chainRecorded()
                        try await writer.append(
                            AuditEntry(actorKind: .system, actorID: nil, patientID: nil, action: .patientView, outcome: .success),
                            at: world.now)
                    }
                }
                try await group.waitForAll()
            }
            let actions = try await AuditEvent.query(on: db).all().map(\.action)
            #expect(actions.count == 20 + 2 * changes)
            #expect(actions.filter { $0 == "grant.added" }.count == 20)
            #expect(actions.filter { $0 == "grant.revoked" }.count == changes)
            #expect(try await AuditPendingEvent.query(on: db).count() == 0)
            #expect(try await AuditVerification.run(world).firstBreak == nil)
        }
    }

    @Test("Two writers (two app servers) append 200 events at once, each following a head the other moves: one gapless chain")
    func twoWritersOneChain() async throws {
        try await withTestApp { world in
            let db = world.app.db
            let writers = [
                world.app.portal.audit,
                AuditWriter(
                    database: db, metrics: PortalMetrics(), keyring: world.app.portal.config.auditKeys,
                    logger: world.app.logger),
            ]
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<200 {
                    group.addTask {
                        try await writers[n % 2].append(
                            AuditEntry(
                                actorKind: .system, actorID: nil, patientID: UUID(), action: .patientView, outcome: .success),
                            at: world.now)
                    }
                }
                try await group.waitForAll()
            }
            let sequences = try await AuditEvent.query(on: db).sort(\.$id).all().compactMap(\.id)
            #expect(sequences == Array(1...200))
            let head = try #require(try await AuditChainHead.find(AuditChainHead.singletonID, on: db))
            #expect(head.lastSequence == 200)
            #expect(try await AuditVerification.run(world).firstBreak == nil)
        }
    }

    @Test("A server that remembers a head the database no longer has (a restore) writes after the head it finds: no gap")
    func restoredDatabase() async throws {
        try await withTestApp { world in
            try await Self.writeEvents(world, 3)
            // The database goes back to an earlier copy, holding one event, while the server runs.
            let sql = try await Self.disableAppendOnlyGuard(world)
            try await sql.raw("DELETE FROM audit_events WHERE sequence > 1").run()
            try await sql.raw(
                "UPDATE audit_chain_head SET last_sequence = 1, last_hash = (SELECT hash FROM audit_events WHERE sequence = 1)"
            ).run()
            try await Self.writeEvents(world, 2)
            let sequences = try await AuditEvent.query(on: world.app.db).sort(\.$id).all().compactMap(\.id)
            #expect(sequences == [1, 2, 3])
            #expect(try await AuditChainHead.find(AuditChainHead.singletonID, on: world.app.db)?.lastSequence == 3)
            #expect(try await AuditVerification.run(world).firstBreak == nil)
        }
    }

    @Test("A waiting event the portal did not seal is refused, and rows numbered 0 or below break the chain")
    func forgedRows() async throws {
        try await withTestApp { world in
            let db = world.app.db
            try await Self.writeEvents(world, 2)
            // Written straight into audit_pending by someone without the audit key.
            let forged = AuditPendingEvent(
                record: AuditWriter.record(
                    for: AuditEntry(
                        actorKind: .staff, actorID: UUID(), patientID: UUID(), action: .patientView, outcome: .success),
                    sequence: 0, at: world.now),
                sealedWith: AuditKey(id: "dev", bytes: [UInt8](repeating: 1, count: 32)))
            try await forged.create(on: db)
            try await world.app.portal.audit.chainRecorded()
            let actions = try await AuditEvent.query(on: db).sort(\.$id).all().map(\.action)
            #expect(actions == ["sign_in", "sign_in", "audit.pending_refused"])
            #expect(try await AuditPendingEvent.query(on: db).count() == 0)
            #expect(try await AuditVerification.run(world).firstBreak == nil)

            // Inserting is allowed to the portal's role; a row below the first is still read.
            let sql = db as! any SQLDatabase
            try await sql.raw(
                """
                INSERT INTO audit_events (sequence, occurred_at_ms, actor_kind, action, outcome, hash, key_id)
                VALUES (0, 1, 'member', 'sign_in', 'success', \(bind: String(repeating: "0", count: 64)), 'dev')
                """
            ).run()
            #expect(try await AuditVerification.run(world).firstBreak == .gap(expected: 1, found: 0))
        }
    }

    static func writeEvents(_ world: TestWorld, _ count: Int) async throws {
        for _ in 0..<count {
            try await world.app.portal.audit.append(
                AuditEntry(actorKind: .system, actorID: nil, patientID: nil, action: .signIn, outcome: .success), at: world.now)
        }
    }

    /// What someone with the application's database role and the will to hide something does first.
    static func disableAppendOnlyGuard(_ world: TestWorld) async throws -> any SQLDatabase {
        let sql = world.app.db as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only").run()
        } else {
            try await sql.raw("DROP TRIGGER audit_events_no_update").run()
            try await sql.raw("DROP TRIGGER audit_events_no_delete").run()
        }
        return sql
    }

    @Test("HIM can browse and filter the trail; members and clinicians cannot")
    func browsing() async throws {
        try await withTestApp { world in
            let him = try await Fixtures.staff(world, role: .him)
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let member = try await Fixtures.member(world)
            let child = try await Fixtures.patient(world, bornYearsAgo: 4, mrn: "MRN424242")
            try await Fixtures.grant(world, member, child)
            let parent = Browser(world)
            try await parent.signIn(email: member.email)
            try await parent.get(Routes.patient(child.ref))

            let himBrowser = Browser(world)
            try await SecondFactorTests.signInStaff(himBrowser, world, him)
            let all = try await himBrowser.get(Routes.auditTrail())
            let filtered = try await himBrowser.get(Routes.auditTrail() + "?action=patient.view&mrn=MRN424242&day=2026-11-24")
            let badFilter = try await himBrowser.get(Routes.auditTrail() + "?day=2026-13-45&mrn=%27%20OR%201%3D1")

            #expect(all.status == .ok && all.body.contains("sign_in"))
            #expect(filtered.status == .ok && filtered.body.contains("MRN424242") && !filtered.body.contains("<td>sign_in</td>"))
            #expect(badFilter.status == .badRequest && badFilter.body.contains("were not understood"))
            world.advance(30)
            let clinicianBrowser = Browser(world)
            try await SecondFactorTests.signInStaff(clinicianBrowser, world, clinician)
            #expect(try await clinicianBrowser.get(Routes.auditTrail()).status == .forbidden)
            #expect(try await parent.get(Routes.auditTrail()).status == .forbidden)
        }
    }
}

extension AuditVerification {
    /// Verifies the test app's trail with the keys its settings name.
    static func run(_ world: TestWorld, heads: [AuditChain.ExportedHead] = [], pageSize: Int = 1000) async throws -> Result {
        let config = world.app.portal.config
        return try await run(
            on: world.app.db, keyring: config.auditKeys, unkeyedUntil: config.auditUnkeyedUntil, heads: heads,
            pageSize: pageSize)
    }
}
