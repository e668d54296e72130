import Fluent
import Foundation
import PortalCore

/// Thirty days before a patient turns 18, tells the patient (if they have an account) and
/// each parent who can see the record, once each, that parent access ends on the birthday.
/// The e-mail names neither the patient nor anything about their health.
enum AdulthoodEmails {
    /// Queues what is due today; safe to run any number of times a day.
    @discardableResult
    static func queueDue(db: any Database, config: PortalConfig, now: Date) async throws -> Int {
        let zone = config.hospitalTimeZone
        let today = LocalDate(now, in: zone)
        // A day wider than needed on each side, so a February 29 birthday is never missed.
        let earliest = today.adding(years: -AgeBand.adultFrom)
        let latest = today.adding(days: AdulthoodNotice.leadDays + 1).adding(years: -AgeBand.adultFrom)
        let patients = try await Patient.query(on: db)
            .filter(\.$birthDate >= earliest.iso).filter(\.$birthDate <= latest.iso).all()
        var queued = 0
        for patient in patients {
            guard let birth = LocalDate(iso: patient.birthDate),
                let birthday = AdulthoodNotice.upcomingEighteenthBirthday(bornOn: birth, today: today)
            else { continue }
            for holder in try await AccessHolder.all(of: patient, on: db, at: now, in: zone) {
                let language = holder.language
                let text =
                    holder.access.level == .patientSelf
                    ? patientText(name: holder.name, birthday: birthday, config: config)
                    : parentText(name: holder.name, birthday: birthday, config: config)
                let key = "adulthood:\(patient.id!.uuidString):\(holder.memberID.uuidString):\(birthday.iso)"
                if try await Outbox.enqueue(
                    to: holder.email, subject: subject(language), body: text(language),
                    about: Outbox.About(memberID: holder.memberID, patientID: patient.id!), dedupeKey: key, now: now,
                    config: config, on: db)
                {
                    queued += 1
                }
            }
        }
        return queued
    }

    static func subject(_ language: Language) -> String { Strings.mail.adulthoodSubject(language) }

    static func parentText(name: String, birthday: LocalDate, config: PortalConfig) -> LocalizedText {
        Strings.mail.adulthoodForParent(name, birthday, config)
    }

    static func patientText(name: String, birthday: LocalDate, config: PortalConfig) -> LocalizedText {
        Strings.mail.adulthoodForPatient(name, birthday, config)
    }
}
