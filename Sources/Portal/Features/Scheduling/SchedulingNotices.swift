import Fluent
import Foundation
import PortalCore

/// Tells the member who asked that the schedulers answered: an e-mail with no department,
/// child, time or reason in it, because a department's name alone can say what a child is
/// treated for. It goes only while the member may still see the request.
enum SchedulingNotices {
    @discardableResult
    static func queue(for request: AppointmentRequest, db: any Database, config: PortalConfig, now: Date) async throws -> Bool {
        guard let patient = try await Patient.find(request.$patient.id, on: db) else { return false }
        let holders = try await AccessHolder.all(of: patient, on: db, at: now, in: config.hospitalTimeZone)
        guard let asker = holders.first(where: { $0.memberID == request.$member.id }),
            asker.access.canSee(request.sensitivity)
        else { return false }
        let language = Language(rawValue: asker.language) ?? .english
        return try await Outbox.enqueue(
            to: asker.email, subject: subject(language), body: body(name: asker.name, config: config)(language),
            dedupeKey:
                "scheduling-notice:\(try request.requireID().uuidString):\(request.status.rawValue):\(now.timeIntervalSince1970)",
            now: now, on: db)
    }

    static func subject(_ language: Language) -> String {
        LocalizedText(en: "An update on your appointment request", es: "Novedades sobre su solicitud de cita")(language)
    }

    static func body(name: String, config: PortalConfig) -> LocalizedText {
        let url = config.publicURL.absoluteString
        return LocalizedText(
            en: """
                Hello \(name),

                The scheduling team answered a request you made in the \(config.hospitalName) patient portal. Sign in to see it: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """,
            es: """
                Hola, \(name):

                El equipo de citas respondió una solicitud que usted hizo en el portal del paciente de \(config.hospitalName). Inicie sesión para verla: \(url)

                Este correo no contiene información de salud. No responda a este correo.
                """)
    }
}
