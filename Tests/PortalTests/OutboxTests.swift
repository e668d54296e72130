import Fluent
import Foundation
import NIOPosix
import PortalCore
import Synchronization
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

@Suite(
    "E-mail through a real SMTP server",
    .enabled(if: SMTPTestServer.isAvailable, "needs aiosmtpd in .venv: run scripts/python-env.sh"))
struct OutboxTests {
    static func settings(port: Int) -> SMTPSettings {
        SMTPSettings(host: "127.0.0.1", port: port, security: .none, username: nil, password: nil, from: "portal@example.org")
    }

    /// Delivers what is due a minute from now through the server, as the outbox worker would;
    /// returns how many were sent.
    static func deliverDue(_ world: TestWorld, via server: SMTPTestServer) async throws -> Int {
        try await Outbox.deliverDue(
            db: world.app.db,
            via: SMTPClient(settings: settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton),
            now: world.now.addingTimeInterval(60), config: world.config, audit: world.app.portal.audit,
            logger: world.app.logger)
    }

    @Test("Thirty days before the 18th birthday the patient and each parent get one e-mail, in their language, naming no one")
    func adulthoodEmails() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let soon = try await Fixtures.patient(world, name: "Quiet Name", born: today.adding(days: 30).adding(years: -18))
            let notYet = try await Fixtures.patient(world, name: "Later Name", born: today.adding(days: 31).adding(years: -18))
            let parent = try await Fixtures.member(world, email: "madre@example.org", name: "Rosa Madre", language: .spanish)
            let own = try await Fixtures.member(world, email: "teen@example.org", name: "Teen Self")
            let formerParent = try await Fixtures.member(world, email: "former@example.org")
            try await Fixtures.grant(world, parent, soon)
            try await Fixtures.grant(world, own, soon, .self)
            try await Fixtures.grant(world, parent, notYet)
            let revoked = try await Fixtures.grant(world, formerParent, soon)
            revoked.revokedAt = world.now
            try await revoked.save(on: world.app.db)

            #expect(try await AdulthoodEmails.queueDue(db: world.app.db, config: world.config, now: world.now) == 2)
            #expect(try await AdulthoodEmails.queueDue(db: world.app.db, config: world.config, now: world.now) == 0, "once only")
            let sent = try await Outbox.deliverDue(
                db: world.app.db,
                via: SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton),
                now: world.now, config: world.app.portal.config, audit: world.app.portal.audit,
                logger: world.app.logger)
            #expect(sent == 2)

            let mails = try server.messages().map(ReceivedMail.init)
            #expect(mails.count == 2)
            let spanish = try #require(mails.first { $0.headers["to"] == "madre@example.org" })
            #expect(spanish.subject == "Se acerca un cambio en el acceso al portal")
            #expect(spanish.body.contains("cumple 18 años el 24 de diciembre de 2026"))
            let english = try #require(mails.first { $0.headers["to"] == "teen@example.org" })
            #expect(english.body.contains("You turn 18 on December 24, 2026."))
            for mail in mails {
                #expect(!mail.body.contains("Quiet Name") && !mail.body.contains("Later Name"))
                #expect(
                    mail.body.contains("contains no health information") || mail.body.contains("no contiene información de salud")
                )
            }
            #expect(!mails.contains { $0.headers["to"] == "former@example.org" })
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db,
                    via: SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton),
                    now: world.now.addingTimeInterval(3600), config: world.app.portal.config,
                    audit: world.app.portal.audit, logger: world.app.logger) == 0)
            #expect(try server.messages().count == 2, "a sent message is never sent again")
        }
    }

    @Test(
        "A notice queued before access changed is dropped when due (grant revoked, account deactivated, 12th and 18th birthdays, thread restricted); the drop is audited"
    )
    func noticesAreCheckedAgainWhenDue() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try await withTestApp { world in
            let db = world.app.db
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let later = world.now.addingTimeInterval(2 * 86_400)
            // Turns 12 tomorrow: today a parent sees a confidential item, when the notice is due not.
            let almostTwelve = try await Fixtures.patient(
                world, name: "Almost Twelve", born: today.adding(days: 1).adding(years: -12))
            // Turns 18 tomorrow: a parent's access ends by itself.
            let almostAdult = try await Fixtures.patient(
                world, name: "Almost Adult", born: today.adding(days: 1).adding(years: -18))
            let child = try await Fixtures.patient(world, name: "Little One", bornYearsAgo: 6)
            let stays = try await Fixtures.member(world, email: "stays@example.org")
            let revokedParent = try await Fixtures.member(world, email: "revoked@example.org")
            let deactivated = try await Fixtures.member(world, email: "deactivated@example.org")
            let twelveParent = try await Fixtures.member(world, email: "twelve@example.org")
            let adultParent = try await Fixtures.member(world, email: "adult@example.org")
            let threadReader = try await Fixtures.member(world, email: "thread@example.org")
            try await Fixtures.grant(world, stays, child)
            let revoked = try await Fixtures.grant(world, revokedParent, child)
            try await Fixtures.grant(world, deactivated, child)
            try await Fixtures.grant(world, twelveParent, almostTwelve)
            try await Fixtures.grant(world, adultParent, almostAdult)
            try await Fixtures.grant(world, threadReader, child)
            let team = try await Fixtures.careTeam(world, "General Pediatrics", days: 2)
            let thread = MessageThread(
                patientID: child.id!, careTeamID: team.id!, subject: "A question", audience: .proxies,
                startedBy: threadReader.id!, at: world.now)
            try await thread.create(on: db)

            func queue(_ member: Member, _ patient: Patient, _ label: Sensitivity = .normal, thread: UUID? = nil) async throws {
                try await Outbox.enqueue(
                    to: member.email, subject: "News", body: "Sign in to see it.",
                    about: Outbox.About(memberID: member.id!, patientID: patient.id!, sensitivity: label, threadID: thread),
                    now: world.now, config: world.config, on: db)
            }
            try await queue(stays, child)
            try await queue(revokedParent, child)
            try await queue(deactivated, child)
            try await queue(twelveParent, almostTwelve, .adolescentConfidential(.mentalHealth))
            try await queue(adultParent, almostAdult)
            try await queue(threadReader, child, thread: thread.id)

            revoked.revokedAt = world.now
            try await revoked.save(on: db)
            deactivated.status = .deactivated
            try await deactivated.save(on: db)
            thread.restrictedAt = world.now
            thread.restrictionReason = "Discuss at the visit"
            try await thread.save(on: db)

            let sent = try await Outbox.deliverDue(
                db: db, via: SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton),
                now: later, config: world.config, audit: world.app.portal.audit, logger: world.app.logger)
            #expect(sent == 1)
            #expect(try server.messages().map(ReceivedMail.init).map { $0.headers["to"] } == ["stays@example.org"])
            let dropped = try await OutboxMessage.query(on: db).filter(\.$status == "dropped").all()
            #expect(
                Set(dropped.map(\.recipient))
                    == [
                        "revoked@example.org", "deactivated@example.org", "twelve@example.org", "adult@example.org",
                        "thread@example.org",
                    ])
            let audited = try await AuditEvent.query(on: db).filter(\.$action == "notice.dropped").all()
            #expect(audited.count == 5)
            #expect(audited.allSatisfy { $0.patientID != nil && $0.subject?.hasPrefix("member:") == true })
        }
    }

    @Test("A notice queued for a result goes only if its reader may still see one of the results when it is due")
    func relabelledBeforeDue() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try await withTestApp { world in
            let db = world.app.db
            let teen = try await Fixtures.patient(world, name: "Teen Rivera", bornYearsAgo: 14)
            let parent = try await Fixtures.member(world, email: "parent@example.org")
            let own = try await Fixtures.member(world, email: "teen@example.org", name: "Teen Rivera")
            try await Fixtures.grant(world, parent, teen)
            try await Fixtures.grant(world, own, teen, .`self`)
            parent.resultDelayDays = 2
            try await parent.update(on: db)
            own.resultDelayDays = 2
            try await own.update(on: db)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: teen, now: world.now))
            let report = try #require(try await StoredLabReport.query(on: db).first())
            let notices = try await OutboxMessage.query(on: db).all()
            #expect(
                notices.count == 2 && notices.allSatisfy { $0.aboutItems == "lab_report:\(report.id!.uuidString.lowercased())" })

            // Before the notices are due, a clinician keeps the result from the parents.
            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, teen)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            _ = try await clinician.get(Routes.patientResults(teen.ref))
            let marked = try await clinician.post(
                Routes.patientRestrictions(teen.ref),
                ["kind": "lab_report", "item": report.id!.uuidString, "decision": "adolescent", "reason": "Teen asked"])
            #expect(marked.status == .seeOther)

            let due = world.now.addingTimeInterval(2 * 86_400 + 60)
            let sent = try await Outbox.deliverDue(
                db: db,
                via: SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton),
                now: due, config: world.config, audit: world.app.portal.audit, logger: world.app.logger)
            #expect(sent == 1)
            #expect(try server.messages().map(ReceivedMail.init).map { $0.headers["to"] } == ["teen@example.org"])
            let dropped = try await OutboxMessage.query(on: db).filter(\.$status == "dropped").all()
            #expect(dropped.map(\.recipient) == ["parent@example.org"])
        }
    }

    static let slowRelayMessages = 12

    @Test("A slow relay receives each e-mail once while two app servers send at the same time: each claims its own")
    func slowRelayExactlyOnce() async throws {
        let server = try await SMTPTestServer.start(secondsPerMessage: 1)
        defer { server.stop() }
        try await withTestApp { world in
            // Real time here: the relay's slowness is real. Both servers send from the start
            // and keep polling until the queue is empty; each message is claimed by one of
            // them, which renews its lease just before talking to the relay. The lease is
            // far longer than one send, with a margin for a machine busy with the suite.
            let start = Date()
            for number in 0..<Self.slowRelayMessages {
                try await Outbox.enqueue(
                    to: "parent\(number)@example.org", subject: "Hello", body: "Body \(number)", now: start,
                    config: world.config, on: world.app.db)
            }
            let client = SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton)
            let config = world.app.portal.config
            let appServer: @Sendable () async throws -> Int = {
                var total = 0
                let giveUp = Date().addingTimeInterval(120)
                while Date() < giveUp,
                    try await OutboxMessage.query(on: world.app.db).filter(\.$status == "pending").count() > 0
                {
                    total += try await Outbox.deliverDue(
                        db: world.app.db, via: client, now: Date(), config: config, audit: nil, logger: world.app.logger,
                        lease: 30, clock: { Date() })
                    try await Task.sleep(for: .milliseconds(100))
                }
                return total
            }
            let perServer = try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask(operation: appServer)
                group.addTask(operation: appServer)
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            let received = try server.messages().map(ReceivedMail.init)
            #expect(perServer.reduce(0, +) == Self.slowRelayMessages)
            #expect(received.count == Self.slowRelayMessages)
            #expect(Set(received.compactMap { $0.headers["to"] }).count == Self.slowRelayMessages)
            let stored = try await OutboxMessage.query(on: world.app.db).all()
            #expect(stored.allSatisfy { $0.status == "sent" && $0.body(world).isEmpty && $0.sentAt! >= start })
        }
    }

    @Test("A sender whose claim ran out while it checked the message does not send it; the next sender does, once")
    func claimRanOutIsNotSent() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try await withTestApp { world in
            try await Outbox.enqueue(
                to: "parent@example.org", subject: "Hello", body: "Body", now: world.now, config: world.config,
                on: world.app.db)
            let client = SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton)
            let config = world.app.portal.config
            // This sender claims at the start, then (slowed down) reaches the relay a minute
            // later, after its 30-second lease ran out: another sender may hold it by now.
            let readings = Mutex(0)
            let late = try await Outbox.deliverDue(
                db: world.app.db, via: client, now: world.now, config: config, audit: nil, logger: world.app.logger,
                limit: 1, lease: 30,
                clock: {
                    let first = readings.withLock { count in
                        count += 1
                        return count == 1
                    }
                    return first ? world.now : world.now.addingTimeInterval(60)
                })
            #expect(late == 0)
            #expect(try server.messages().isEmpty)
            let waiting = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(waiting.status == "pending" && waiting.attempts == 0)

            let next = try await Outbox.deliverDue(
                db: world.app.db, via: client, now: world.now.addingTimeInterval(61), config: config, audit: nil,
                logger: world.app.logger, lease: 30)
            #expect(next == 1)
            #expect(try server.messages().count == 1)
        }
    }

    @Test("While the mail server is away, e-mail waits and is retried with growing pauses; nothing is lost")
    func retries() async throws {
        try await withTestApp { world in
            let port = SMTPTestServer.freePort()
            try await Outbox.enqueue(
                to: "parent@example.org", subject: "Hello", body: "Body text", now: world.now, config: world.config,
                on: world.app.db)
            let group = MultiThreadedEventLoopGroup.singleton
            let first = try await Outbox.deliverDue(
                db: world.app.db, via: SMTPClient(settings: Self.settings(port: port), group: group), now: world.now,
                config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger)
            #expect(first == 0)
            let waiting = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(waiting.status == "pending" && waiting.attempts == 1)
            #expect(waiting.nextAttemptAt == world.now.addingTimeInterval(60))
            #expect(waiting.lastError?.contains("Body text") == false)

            let server = try await SMTPTestServer.start(port: port)
            defer { server.stop() }
            let tooSoon = try await Outbox.deliverDue(
                db: world.app.db, via: SMTPClient(settings: Self.settings(port: port), group: group),
                now: world.now.addingTimeInterval(30),
                config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger)
            #expect(tooSoon == 0)
            let later = try await Outbox.deliverDue(
                db: world.app.db, via: SMTPClient(settings: Self.settings(port: port), group: group),
                now: world.now.addingTimeInterval(61),
                config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger)
            #expect(later == 1)
            #expect(try server.messages().count == 1)
            #expect(try await OutboxMessage.query(on: world.app.db).first()?.status == "sent")
        }
    }

    @Test(
        "STARTTLS and SMTPS: the relay's certificate is verified against the configured authority",
        arguments: [SMTPTestServer.TLSMode.starttls, .implicit])
    func tls(mode: SMTPTestServer.TLSMode) async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "portal-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (certificate, key) = try SMTPTestServer.makeCertificate(in: folder)
        let server = try await SMTPTestServer.start(tls: (mode, certificate, key))
        defer { server.stop() }
        try await withTestApp { world in
            var trusted = SMTPSettings(
                host: "localhost", port: server.port, security: mode == .starttls ? .starttls : .tls, username: nil,
                password: nil, from: "portal@example.org", trustedCertificates: certificate)
            try await Outbox.enqueue(
                to: "parent@example.org", subject: "Hi", body: "Sent privately", now: world.now, config: world.config,
                on: world.app.db)
            let group = MultiThreadedEventLoopGroup.singleton
            trusted.trustedCertificates = nil  // the system's authorities do not know this certificate
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db, via: SMTPClient(settings: trusted, group: group), now: world.now,
                    config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger)
                    == 0)
            #expect(try server.messages().isEmpty)
            trusted.trustedCertificates = certificate
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db, via: SMTPClient(settings: trusted, group: group), now: world.now.addingTimeInterval(120),
                    config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger) == 1)
            #expect(try server.messages().map(ReceivedMail.init).first?.body == "Sent privately")
        }
    }

    @Test("Invitations sent while the mail server is stopped wait, show to administrators, and each arrives once when it is back")
    func invitationsSurviveAnOutage() async throws {
        try await withTestApp { world in
            let port = SMTPTestServer.freePort()
            let group = MultiThreadedEventLoopGroup.singleton
            let client = SMTPClient(settings: Self.settings(port: port), group: group)
            let patient = try await Fixtures.patient(world, name: "Noah Kim", bornYearsAgo: 8)
            let addresses = ["one@example.org", "two@example.org", "three@example.org"]
            for address in addresses {
                try await world.app.db.transaction { db in
                    _ = try await Invitations.create(
                        to: address, as: .parent, for: patient, by: nil, language: .english, now: world.now,
                        config: world.config, on: db)
                }
            }
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db, via: client, now: world.now, config: world.app.portal.config,
                    audit: world.app.portal.audit, logger: world.app.logger) == 0)

            let admin = try await Fixtures.staff(world, role: .administrator)
            let browser = Browser(world)
            try await SecondFactorTests.signInStaff(browser, world, admin)
            let status = try await browser.get(Routes.staffMail())
            #expect(status.status == .ok && status.body.contains("two@example.org") && status.body.contains("Will try again at"))
            #expect(!status.body.contains("/activate/"), "bodies are never shown")

            let server = try await SMTPTestServer.start(port: port)
            defer { server.stop() }
            let later = world.now.addingTimeInterval(61)
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db, via: client, now: later, config: world.app.portal.config,
                    audit: world.app.portal.audit, logger: world.app.logger) == 3)
            #expect(
                try await Outbox.deliverDue(
                    db: world.app.db, via: client, now: later.addingTimeInterval(3600),
                    config: world.app.portal.config, audit: world.app.portal.audit, logger: world.app.logger) == 0)
            let received = try server.messages().map(ReceivedMail.init)
            #expect(received.count == 3)
            #expect(Set(received.compactMap { $0.headers["to"] }) == Set(addresses))
            let after = try await browser.get(Routes.staffMail())
            #expect(after.body.contains("Every e-mail has been delivered"))
        }
    }

    @Test("An administrator sends a failed e-mail again; other staff cannot see the list")
    func failedMail() async throws {
        try await withTestApp { world in
            try await Outbox.enqueue(
                to: "parent@example.org", subject: "A portal request was updated", body: "Secret body", now: world.now,
                config: world.config,
                on: world.app.db)
            let message = try #require(try await OutboxMessage.query(on: world.app.db).first())
            message.status = "failed"
            message.attempts = 30
            message.lastError = "SMTP RCPT TO failed with 550"
            try await message.save(on: world.app.db)

            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, try await Fixtures.staff(world, role: .him))
            #expect(try await him.get(Routes.staffMail()).status == .forbidden)

            let admin = Browser(world)
            try await SecondFactorTests.signInStaff(admin, world, try await Fixtures.staff(world, role: .administrator))
            let page = try await admin.get(Routes.staffMail())
            #expect(page.body.contains("SMTP RCPT TO failed with 550") && page.body.contains("Gave up"))
            #expect(!page.body.contains("Secret body"))
            let retried = try await admin.post(Routes.staffMail() + "/\(message.id!.uuidString.lowercased())/retry", [:])
            #expect(retried.status == .seeOther)
            let saved = try #require(try await OutboxMessage.find(message.id, on: world.app.db))
            #expect(saved.status == "pending" && saved.attempts == 0)
            #expect(try await admin.post(Routes.staffMail() + "/\(UUID().uuidString)/retry", [:]).status == .notFound)
        }
    }

    @Test("An address that could smuggle SMTP commands is refused for good, not retried")
    func badAddress() async throws {
        let server = try await SMTPTestServer.start()
        defer { server.stop() }
        try await withTestApp { world in
            try await Outbox.enqueue(
                to: "x@example.org>\r\nRCPT TO:<victim@example.org", subject: "Hi", body: "Body", now: world.now,
                config: world.config, on: world.app.db
            )
            try await Outbox.deliverDue(
                db: world.app.db,
                via: SMTPClient(settings: Self.settings(port: server.port), group: MultiThreadedEventLoopGroup.singleton),
                now: world.now, config: world.app.portal.config, audit: world.app.portal.audit,
                logger: world.app.logger)
            #expect(try await OutboxMessage.query(on: world.app.db).first()?.status == "failed")
            #expect(try server.messages().isEmpty)
        }
    }
}

@Suite("Outbox retry schedule")
struct OutboxScheduleTests {
    @Test("One minute, doubling, at most an hour; tries go on for more than 24 hours before a message fails")
    func delays() {
        #expect((1...8).map { Outbox.retryDelay(afterAttempts: $0) } == [60, 120, 240, 480, 960, 1920, 3600, 3600])
        let waited = (1..<Outbox.maxAttempts).map(Outbox.retryDelay(afterAttempts:)).reduce(0, +)
        #expect(waited > 24 * 3600 && waited < 27 * 3600)
    }
}
