import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The portal's own clock-driven work while it serves: every few seconds the outbox sends
/// what is due; once an hour, on one app server of the cluster (`ClusterJobs`), the day's
/// notices and the care teams' digests are queued, identity documents past their retention
/// are deleted, and the audit chain's signed head is exported. Asked to stop, a server finishes the e-mail in hand, claims no
/// more, and lets the other servers carry on.
final class BackgroundWork: LifecycleHandler, @unchecked Sendable {
    static let hourlyJob = "hourly-notices-and-retention"

    private let lock = NIOLock()
    private var task: Task<Void, Never>?
    private var stopping = false

    var isStopping: Bool { lock.withLock { stopping } }

    func didBootAsync(_ app: Application) async throws {
        guard StartupTasks.command(app) == "serve" else { return }
        let config = app.portal.config
        let sender = config.mailSender(group: app.eventLoopGroup)
        if config.smtp == nil, let directory = config.mailDirectory {
            app.logger.notice("SMTP_HOST is not set: e-mail is written to files", metadata: ["directory": .string(directory)])
        } else if sender == nil {
            app.logger.notice("SMTP_HOST is not set: e-mail is kept in the outbox and not sent")
        }
        let work = Task { [app, self] in
            var lastSlot: String?
            while !self.isStopping {
                // The round runs as a task of its own, which the stop does not cancel: an
                // e-mail in hand is finished rather than cut off mid-conversation.
                let slot = ClusterJobs.hourSlot(config.clock.now())
                let hourly = slot != lastSlot
                lastSlot = slot
                await Task { await self.round(app, sender: sender, hourlySlot: hourly ? slot : nil) }.value
                try? await Task.sleep(nanoseconds: UInt64(config.outboxPollInterval * 1_000_000_000))
            }
        }
        lock.withLock { task = work }
    }

    private func round(_ app: Application, sender: (any MailSender)?, hourlySlot: String?) async {
        let config = app.portal.config
        do {
            if let slot = hourlySlot, try await ClusterJobs.claim(Self.hourlyJob, slot: slot, at: config.clock.now(), on: app.db)
            {
                let now = config.clock.now()
                // The head goes out first, whatever becomes of the jobs after it.
                do {
                    try await AuditHeadExport.export(on: app.db, config: config, logger: app.logger)
                } catch {
                    app.logger.error("audit head not exported", metadata: ["error": .string(String(describing: type(of: error)))])
                }
                try await AdulthoodEmails.queueDue(db: app.db, config: config, now: now)
                try await CareTeamDigests.queueDue(db: app.db, config: config, now: now)
                try await IdentityDocumentRetention.deleteExpired(db: app.db, config: config, audit: app.portal.audit, now: now)
                try await InsuranceCardRetention.deleteExpired(db: app.db, config: config, audit: app.portal.audit, now: now)
                try await SignInThrottling.prune(before: now, on: app.db)
                try await PasswordReset.prune(before: now, on: app.db)
                try await EmailCodes.prune(before: now, on: app.db)
                try await AppRateLimiting.prune(before: now, on: app.db)
                try await AppTokenController.prune(before: now, on: app.db)
                try await ClusterJobs.finish(Self.hourlyJob, slot: slot, at: config.clock.now(), on: app.db)
            }
            // Events committed with their changes whose chaining was cut short (a crash, a
            // lost connection) are chained here.
            if try await AuditPendingEvent.query(on: app.db).first() != nil {
                try await app.portal.audit.chainRecorded()
            }
            if let sender {
                try await Outbox.deliverDue(
                    db: app.db, via: sender, now: config.clock.now(), config: config, audit: app.portal.audit,
                    logger: app.logger, clock: { config.clock.now() },
                    shouldStop: { [self] in self.isStopping || app.portal.serverState.isDraining })
            }
        } catch {
            app.logger.warning("background work failed", metadata: ["error": .string(String(describing: type(of: error)))])
        }
    }

    func shutdownAsync(_ app: Application) async {
        let work = lock.withLock {
            stopping = true
            return task
        }
        // Wakes the pause between rounds; a round under way runs to its end.
        work?.cancel()
        await work?.value
    }
}
