import Fluent
import Foundation
import PortalCore
import PortalRecord

/// Tells each member who may see a new result that there is new information in the portal:
/// one e-mail per member per day at most, with no name, test or value in it, sent when the
/// member's own chosen delay has passed. Members who may not see any of the new items (a
/// parent, for a teen's confidential result) are not told anything.
enum NewInformationNotices {
    /// Queues the notices in the caller's transaction; returns how many were queued.
    static func queue(for items: [RecordImport.NewItem], db: any Database, config: PortalConfig, now: Date) async throws -> Int {
        let byPatient = Dictionary(grouping: items, by: \.patientID)
        guard !byPatient.isEmpty else { return 0 }
        let zone = config.hospitalTimeZone
        var queued = 0
        let patients = try await Patient.query(on: db).filter(\.$id ~~ Array(byPatient.keys)).all()
        for patient in patients {
            let news = byPatient[patient.id!]!
            let holders = try await AccessHolder.all(of: patient, on: db, at: now, in: zone)
                .filter { holder in news.contains { holder.access.canSee($0.sensitivity) } }
            guard !holders.isEmpty else { continue }
            let delays = try await Member.query(on: db).filter(\.$id ~~ holders.map(\.memberID)).all()
                .reduce(into: [UUID: Int]()) { $0[$1.id!] = $1.resultDelayDays }
            for holder in holders {
                let sendAt = now.addingTimeInterval(Double(delays[holder.memberID] ?? 0) * 86_400)
                let day = LocalDate(sendAt, in: zone)
                let language = holder.language
                if try await Outbox.enqueue(
                    to: holder.email, subject: subject(language), body: body(name: holder.name, config: config)(language),
                    // The new items this member may see: the notice stays true while they may still see one.
                    about: Outbox.About(
                        memberID: holder.memberID, patientID: patient.id!,
                        items: news.filter { holder.access.canSee($0.sensitivity) }.map(\.reference)),
                    dedupeKey: "new-information:\(holder.memberID.uuidString):\(day.iso)", now: now, sendAt: sendAt,
                    config: config, on: db)
                {
                    queued += 1
                }
            }
        }
        return queued
    }

    static func subject(_ language: Language) -> String { Strings.mail.newInformationSubject(language) }

    static func body(name: String, config: PortalConfig) -> LocalizedText { Strings.mail.newInformation(name, config) }
}
