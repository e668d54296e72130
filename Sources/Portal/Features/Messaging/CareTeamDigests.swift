import Fluent
import Foundation
import PortalCore

/// A morning e-mail to each staff member of the care teams that send one: how many threads wait
/// in each and how many are late. Counts only: no patient, subject or word of a message.
/// Sent on business days from 7:00 in the hospital's time zone, at most once a day, and
/// only when something waits.
enum CareTeamDigests {
    static let firstHour = 7

    /// Queues the day's digests; returns how many were queued.
    @discardableResult
    static func queueDue(db: any Database, config: PortalConfig, now: Date) async throws -> Int {
        let zone = config.hospitalTimeZone
        let today = LocalDate(now, in: zone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard config.calendar.isBusinessDay(today), calendar.component(.hour, from: now) >= firstHour else { return 0 }
        let careTeams = try await CareTeam.query(on: db).filter(\.$sendsDigest == true).sort(\.$nameEnglish).all()
        var lines: [UUID: [(careTeam: CareTeam, waiting: Int, late: Int)]] = [:]
        for careTeam in careTeams {
            let (waiting, late) = try await CareTeamQueue.counts(careTeam, today: today, config: config, on: db)
            guard waiting > 0 else { continue }
            let members = try await CareTeamStaff.query(on: db).filter(\.$careTeam.$id == careTeam.requireID()).all(\.$staff.$id)
            for staffID in members { lines[staffID, default: []].append((careTeam, waiting, late)) }
        }
        guard !lines.isEmpty else { return 0 }
        let staff = try await StaffUser.query(on: db).filter(\.$id ~~ Array(lines.keys)).filter(\.$status == .active).all()
        var queued = 0
        for person in staff {
            let language = person.language
            let summary = (lines[person.id!] ?? []).map { line in
                "- \(line.careTeam.name(language)): \(Strings.careTeamInbox.waitingSummary(line.waiting, line.late)(language))"
            }
            if try await Outbox.enqueue(
                to: person.email, subject: subject(language),
                body: body(name: person.fullName, summary: summary, config: config)(language),
                dedupeKey: "pool-digest:\(person.id!.uuidString):\(today.iso)", now: now, config: config, on: db)
            {
                queued += 1
            }
        }
        return queued
    }

    static func subject(_ language: Language) -> String { Strings.mail.digestSubject(language) }

    static func body(name: String, summary: [String], config: PortalConfig) -> LocalizedText {
        Strings.mail.digest(name, summary, config)
    }
}
