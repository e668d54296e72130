import Fluent
import Foundation
import PortalCore

/// Tells the member who made a request (an appointment, a cancellation, a renewal) that
/// staff answered it: an e-mail with no department, child, medicine, time or reason in it,
/// because a department's or a medicine's name alone can say what a child is treated for.
/// It goes only while the member may still see the request.
enum RequestNotices {
    enum Kind: String, Sendable {
        case scheduling
        case renewal

        var subject: LocalizedText {
            switch self {
            case .scheduling:
                LocalizedText(en: "An update on your appointment request", es: "Novedades sobre su solicitud de cita")
            case .renewal:
                LocalizedText(en: "An update on your renewal request", es: "Novedades sobre su solicitud de renovación")
            }
        }

        var team: LocalizedText {
            switch self {
            case .scheduling: LocalizedText(en: "The scheduling team", es: "El equipo de citas")
            case .renewal: LocalizedText(en: "The care team", es: "El equipo de atención")
            }
        }
    }

    /// Queues the notice in the caller's transaction; false when the member may no longer see it.
    @discardableResult
    static func queue(
        _ kind: Kind, requestID: UUID, patientID: UUID, memberID: UUID, sensitivity: Sensitivity, db: any Database,
        config: PortalConfig, now: Date
    ) async throws -> Bool {
        guard let patient = try await Patient.find(patientID, on: db) else { return false }
        let holders = try await AccessHolder.all(of: patient, on: db, at: now, in: config.hospitalTimeZone)
        guard let asker = holders.first(where: { $0.memberID == memberID }), asker.access.canSee(sensitivity) else {
            return false
        }
        let language = asker.language
        return try await Outbox.enqueue(
            to: asker.email, subject: kind.subject(language),
            body: body(kind, name: asker.name, config: config)(language),
            dedupeKey: "\(kind.rawValue)-notice:\(requestID.uuidString):\(now.timeIntervalSince1970)", now: now, on: db)
    }

    static func body(_ kind: Kind, name: String, config: PortalConfig) -> LocalizedText {
        let url = config.publicURL.absoluteString
        return LocalizedText(
            en: """
                Hello \(name),

                \(kind.team.english) answered a request you made in the \(config.hospitalName) patient portal. Sign in to see it: \(url)

                This e-mail contains no health information. Please do not reply to it.
                """,
            es: """
                Hola, \(name):

                \(kind.team.spanish) respondió una solicitud que usted hizo en el portal del paciente de \(config.hospitalName). Inicie sesión para verla: \(url)

                Este correo no contiene información de salud. No responda a este correo.
                """)
    }
}
