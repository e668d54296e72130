import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("Development mailbox")
struct DevMailboxTests {
    @Test("Without a relay, e-mail is written to files and listed with its links; with none configured the page does not exist")
    func mailbox() async throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "portal-mailbox-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await withTestApp(environment: ["MAIL_DIRECTORY": directory]) { world in
            let patient = try await Fixtures.patient(world, name: "Noah Kim", bornYearsAgo: 8)
            for (email, language) in [("grace@example.org", Language.spanish), ("jun@example.org", .english)] {
                try await world.app.db.transaction { db in
                    _ = try await Invitations.create(
                        to: email, as: .parent, for: patient, by: nil, language: language, now: world.now,
                        config: world.config, on: db)
                }
            }
            let sender = try #require(world.config.mailSender(group: world.app.eventLoopGroup))
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db, via: sender, now: world.now, config: world.app.portal.config,
                    audit: world.app.portal.audit, logger: world.app.logger) == 2)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            #expect(files.count == 2 && files.allSatisfy { $0.hasSuffix(".eml") })

            let page = try await Browser(world).get(Routes.devMailbox())
            #expect(page.status == .ok && page.body.contains("Su invitación al portal del paciente"))
            #expect(page.body.contains("<h2>Your invitation to the patient portal</h2>"))
            #expect(page.body.contains("grace@example.org") && page.body.contains(#"<a href="/activate/"#))
            #expect(!page.body.contains("Noah"))
        }
        try await withTestApp { world in
            let page = try await Browser(world).get(Routes.devMailbox())
            #expect(page.status == .notFound)
        }
    }
}
