import Fluent
import Foundation
import PortalCore
import Testing

@testable import Portal

/// The care teams' morning digest: counts only, business days from 7:00, once a day.
@Suite("The care team's digest of waiting messages")
struct CareTeamDigestTests {
    @Test("A business morning's digest counts waiting and late threads, names no patient, and is sent once")
    func digest() async throws {
        try await withTestApp { world in
            // Tuesday 2026-11-24, 12:00 in Chicago.
            let zone = world.config.hospitalTimeZone
            let careTeam = try await Fixtures.careTeam(world, "Adolescent Medicine", days: 2)
            let quiet = try await Fixtures.careTeam(world, "Quiet Clinic", days: 2)
            let muted = try await Fixtures.careTeam(world, "No Digest", days: 2)
            muted.sendsDigest = false
            try await muted.save(on: world.app.db)
            let clinician = try await Fixtures.staff(world, role: .clinician, email: "dr@example.org")
            let departed = try await Fixtures.staff(world, role: .clinician, email: "gone@example.org")
            departed.status = .deactivated
            try await departed.save(on: world.app.db)
            for target in [careTeam, quiet, muted] {
                try await CareTeamStaff(careTeamID: target.id!, staffID: clinician.id!).create(on: world.app.db)
            }
            try await CareTeamStaff(careTeamID: careTeam.id!, staffID: departed.id!).create(on: world.app.db)
            let patient = try await Fixtures.patient(world, name: "Mateo Garcia", bornYearsAgo: 14)
            let parent = try await Fixtures.member(world)
            for (subject, day, target) in [
                ("Old question", "2026-11-16", careTeam), ("New question", "2026-11-24", careTeam),
                ("Muted", "2026-11-10", muted),
            ] {
                let thread = MessageThread(
                    patientID: patient.id!, careTeamID: target.id!, subject: subject, audience: .proxies, startedBy: parent.id!,
                    at: LocalDate(iso: day)!.startOfDay(in: zone).addingTimeInterval(9 * 3600))
                try await thread.create(on: world.app.db)
            }
            let queued = try await CareTeamDigests.queueDue(db: world.app.db, config: world.config, now: world.now)
            #expect(queued == 1)
            let mail = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(mail.recipient == "dr@example.org" && mail.subject == "Messages waiting in your inboxes")
            #expect(mail.body(world).contains("Adolescent Medicine: 2 waiting, 1 late"))
            for absent in ["Quiet Clinic", "No Digest", "Mateo", "question"] {
                #expect(!mail.body(world).contains(absent), "\(absent)")
            }
            #expect(try await CareTeamDigests.queueDue(db: world.app.db, config: world.config, now: world.now) == 0)

            // Thanksgiving is not a business day; the next morning waits for 7:00.
            world.advance(2 * 86_400)
            #expect(try await CareTeamDigests.queueDue(db: world.app.db, config: world.config, now: world.now) == 0)
            world.advance(86_400 - 6 * 3600)
            #expect(try await CareTeamDigests.queueDue(db: world.app.db, config: world.config, now: world.now) == 0)
            world.advance(2 * 3600)
            #expect(try await CareTeamDigests.queueDue(db: world.app.db, config: world.config, now: world.now) == 1)
        }
    }
}
