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
                    to: holder.email, subject: subject(language), body: text(language), dedupeKey: key, now: now, on: db)
                {
                    queued += 1
                }
            }
        }
        return queued
    }

    static func subject(_ language: Language) -> String {
        LocalizedText(en: "A change to portal access is coming", es: "Se acerca un cambio en el acceso al portal")(language)
    }

    static func parentText(name: String, birthday: LocalDate, config: PortalConfig) -> LocalizedText {
        let url = config.publicURL.absoluteString
        return LocalizedText(
            en: """
                Hello \(name),

                A patient whose record you can see in the \(config.hospitalName) patient portal turns 18 on \(DateText.long(birthday, language: .english)). On that day, as the law requires, your access to their record ends by itself.

                Sign in to the portal to read what changes and how they can keep using the portal with their own account: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """,
            es: """
                Hola, \(name):

                Un paciente cuyo expediente usted puede ver en el portal del paciente de \(config.hospitalName) cumple 18 años el \(DateText.long(birthday, language: .spanish)). Ese día, como lo exige la ley, su acceso a ese expediente termina por sí solo.

                Inicie sesión en el portal para leer qué cambia y cómo puede seguir usando el portal con su propia cuenta: \(url)

                Este correo no contiene información de salud. No responda a este mensaje.
                """)
    }

    static func patientText(name: String, birthday: LocalDate, config: PortalConfig) -> LocalizedText {
        let url = config.publicURL.absoluteString
        return LocalizedText(
            en: """
                Hello \(name),

                You turn 18 on \(DateText.long(birthday, language: .english)). From that day only you can see your record in the \(config.hospitalName) patient portal: your parents' access ends by itself. Your account stays yours; make sure the e-mail address on it is one that only you read.

                Sign in to read more: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """,
            es: """
                Hola, \(name):

                Usted cumple 18 años el \(DateText.long(birthday, language: .spanish)). Desde ese día solo usted puede ver su expediente en el portal del paciente de \(config.hospitalName): el acceso de sus padres termina por sí solo. Su cuenta sigue siendo suya; asegúrese de que el correo de la cuenta sea uno que solo usted lea.

                Inicie sesión para leer más: \(url)

                Este correo no contiene información de salud. No responda a este mensaje.
                """)
    }
}
