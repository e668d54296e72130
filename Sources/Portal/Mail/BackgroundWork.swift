import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The portal's own clock-driven work while it serves: every few seconds the outbox sends
/// what is due; every hour the day's notices and the care teams' digests are queued and
/// identity documents past their retention are deleted. Each app server runs it; the
/// outbox's claims and the notices' keys keep them from doing anything twice.
final class BackgroundWork: LifecycleHandler, @unchecked Sendable {
    private let lock = NIOLock()
    private var task: Task<Void, Never>?

    func didBootAsync(_ app: Application) async throws {
        guard StartupTasks.command(app) == "serve" else { return }
        let config = app.portal.config
        let sender = config.mailSender(group: app.eventLoopGroup)
        if config.smtp == nil, let directory = config.mailDirectory {
            app.logger.notice("SMTP_HOST is not set: e-mail is written to files", metadata: ["directory": .string(directory)])
        } else if sender == nil {
            app.logger.notice("SMTP_HOST is not set: e-mail is kept in the outbox and not sent")
        }
        let work = Task { [app] in
            var lastNotices = Date.distantPast
            while !Task.isCancelled {
                let now = config.clock.now()
                do {
                    if now.timeIntervalSince(lastNotices) >= 3600 {
                        try await AdulthoodEmails.queueDue(db: app.db, config: config, now: now)
                        try await CareTeamDigests.queueDue(db: app.db, config: config, now: now)
                        try await IdentityDocumentRetention.deleteExpired(
                            db: app.db, config: config, audit: app.portal.audit, now: now)
                        lastNotices = now
                    }
                    if let sender {
                        try await Outbox.deliverDue(
                            db: app.db, via: sender, now: now, zone: config.hospitalTimeZone, audit: app.portal.audit,
                            logger: app.logger)
                    }
                } catch {
                    app.logger.warning(
                        "background work failed", metadata: ["error": .string(String(describing: type(of: error)))])
                }
                try? await Task.sleep(nanoseconds: UInt64(config.outboxPollInterval * 1_000_000_000))
            }
        }
        lock.withLock { task = work }
    }

    func shutdownAsync(_ app: Application) async {
        let work = lock.withLock { task }
        work?.cancel()
        await work?.value
    }
}
