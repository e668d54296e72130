import Fluent
import Foundation
import PortalCore

/// The e-mails about an enrollment, in the applicant's language. They say only that a portal
/// request arrived or was updated: no patient name, nothing about the record.
enum EnrollmentEmails {
    static func queueReceived(_ request: EnrollmentRequest, config: PortalConfig, now: Date, on db: any Database) async throws {
        let language = request.language
        let text = LocalizedText(
            en: """
                Hello,

                We received your request for an account on the \(config.hospitalName) patient portal.

                Health Information Management checks every request by hand. If your answers match the hospital's records, you will receive an invitation by e-mail. An invitation may take up to 2 business days.

                If you did not send this request, call Health Information Management at \(config.himContact.phone) or write to \(config.himContact.email).

                This e-mail contains no health information.
                """,
            es: """
                Hola:

                Recibimos su solicitud de una cuenta en el portal del paciente de \(config.hospitalName).

                Información de Salud revisa a mano cada solicitud. Si sus respuestas coinciden con los expedientes del hospital, recibirá una invitación por correo. La invitación puede tardar hasta 2 días hábiles.

                Si usted no envió esta solicitud, llame a Información de Salud al \(config.himContact.phone) o escriba a \(config.himContact.email).

                Este correo no contiene información de salud.
                """)
        try await Outbox.enqueue(
            to: request.applicantEmail,
            subject: LocalizedText(en: "We received your portal request", es: "Recibimos su solicitud del portal")(language),
            body: text(language), dedupeKey: "enrollment.received:\(request.id!.uuidString.lowercased())", now: now, on: db)
    }

    static func queueRejected(_ request: EnrollmentRequest, config: PortalConfig, now: Date, on db: any Database) async throws {
        let language = request.language
        let reason = EnrollmentRequest.RejectionReason(rawValue: request.rejectionReason ?? "") ?? .other
        let explanation = Strings.EnrollmentQueue.reasonForApplicant(reason)(language)
        let text = LocalizedText(
            en: """
                Hello,

                Your request for an account on the \(config.hospitalName) patient portal was not approved.

                \(explanation)

                Health Information Management can tell you more: call \(config.himContact.phone) or write to \(config.himContact.email). You are welcome to send a new request.

                This e-mail contains no health information.
                """,
            es: """
                Hola:

                Su solicitud de una cuenta en el portal del paciente de \(config.hospitalName) no fue aprobada.

                \(explanation)

                Información de Salud puede darle más detalles: llame al \(config.himContact.phone) o escriba a \(config.himContact.email). Puede enviar una nueva solicitud.

                Este correo no contiene información de salud.
                """)
        try await Outbox.enqueue(
            to: request.applicantEmail,
            subject: LocalizedText(en: "A portal request was updated", es: "Se actualizó una solicitud del portal")(language),
            body: text(language), dedupeKey: "enrollment.decided:\(request.id!.uuidString.lowercased())", now: now, on: db)
    }
}
