import Fluent
import Foundation
import PortalCore

/// Tells the members who may read a thread that the care team replied: an e-mail with no
/// name, team, subject or words of the message in it, because a team's name alone can say
/// what a child is treated for. Each notice waits a few minutes (`MESSAGE_NOTICE_HOLD_SECONDS`) before it goes, and
/// replies in that time add nothing to the queue, so a burst of replies sends one notice.
enum MessageNotices {
    /// Queues the notices in the caller's transaction; returns how many were queued.
    @discardableResult
    static func queue(for thread: MessageThread, messageID: UUID, db: any Database, config: PortalConfig, now: Date)
        async throws -> Int
    {
        guard let patient = try await Patient.find(thread.$patient.id, on: db) else { return 0 }
        let readers = try await AccessHolder.all(of: patient, on: db, at: now, in: config.hospitalTimeZone)
            .filter { ThreadVisibility.canRead(thread.facts, with: $0.access) }
        var queued = 0
        for reader in readers {
            let prefix = "thread-notice:\(thread.id!.uuidString):\(reader.memberID.uuidString):"
            let waiting = try await OutboxMessage.query(on: db).filter(\.$dedupeKey =~ prefix)
                .filter(\.$status == OutboxMessage.Status.pending.rawValue).count()
            guard waiting == 0 else { continue }
            let language = reader.language
            if try await Outbox.enqueue(
                to: reader.email, subject: subject(language), body: body(name: reader.name, config: config)(language),
                about: Outbox.About(memberID: reader.memberID, patientID: patient.id!, threadID: thread.id),
                dedupeKey: prefix + messageID.uuidString, now: now, sendAt: now.addingTimeInterval(config.messageNoticeHold),
                config: config, on: db)
            {
                queued += 1
            }
        }
        return queued
    }

    static func subject(_ language: Language) -> String { Strings.mail.messageSubject(language) }

    static func body(name: String, config: PortalConfig) -> LocalizedText { Strings.mail.message(name, config) }
}
