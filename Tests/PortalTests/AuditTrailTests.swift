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
            let result = try await AuditVerification.run(on: world.app.db)
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
            #expect(try await AuditVerification.run(on: world.app.db).firstBreak == nil)
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
                let result = try await AuditVerification.run(on: world.app.db, pageSize: 20)
                #expect(result.firstBreak == nil)
                checks.append(result.checked)
                if result.checked >= 300 { break }
            }
            try await writing.value
            #expect(checks.contains { $0 > 0 && $0 < 300 }, "a verification ran while events were being written")
            #expect(try await AuditVerification.run(on: world.app.db).checked == 300)
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
            let sql = world.app.db as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only").run()
            } else {
                try await sql.raw("DROP TRIGGER audit_events_no_update").run()
                try await sql.raw("DROP TRIGGER audit_events_no_delete").run()
            }
            try await sql.raw("UPDATE audit_events SET outcome = 'failure' WHERE sequence = 3").run()
            #expect(try await AuditVerification.run(on: world.app.db).firstBreak == .hashMismatch(sequence: 3))

            try await sql.raw("UPDATE audit_events SET outcome = 'success' WHERE sequence = 3").run()
            try await sql.raw("DELETE FROM audit_events WHERE sequence = 5").run()
            #expect(try await AuditVerification.run(on: world.app.db).firstBreak == .gap(expected: 5, found: 6))
        }
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
