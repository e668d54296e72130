import Fluent
import Foundation
import PortalCore
import Vapor

/// Sending an invitation: HIM names the person's e-mail and relationship; older links for
/// the same person and patient stop working; the e-mail waits in the outbox with the change.
enum Invitations {
    enum Problem: Error, Equatable {
        case badEmail, notAllowedAtThisAge
    }

    static func send(
        to rawEmail: String, as relationship: Relationship, for patient: Patient, by staffID: UUID?, req: Request
    ) async throws {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard MailMessage.isSafeAddress(email) else { throw Problem.badEmail }
        let age = LocalDate(iso: patient.birthDate).map { Age.years(bornOn: $0, on: req.today) } ?? 0
        guard InvitationRules.mayInvite(relationship, patientAge: age) else { throw Problem.notAllowedAtThisAge }
        let token = RandomToken.make()
        let now = req.now
        let config = req.portal.config
        try await req.db.transaction { db in
            let older = try await Invitation.query(on: db).filter(\.$patient.$id == patient.id!).filter(\.$email == email)
                .filter(\.$relationship == relationship.rawValue).filter(\.$usedAt == nil).filter(\.$replacedAt == nil).all()
            for invitation in older {
                invitation.replacedAt = now
                try await invitation.save(on: db)
            }
            try await Invitation(
                patientID: patient.id!, relationship: relationship, email: email, tokenHash: RandomToken.sha256Hex(token),
                sentAt: now, sentBy: staffID
            ).create(on: db)
            // Who will read it is not known yet, so it speaks both languages.
            let text = body(link: config.publicURL.absoluteString + Paths.activate(token), config: config)
            try await Outbox.enqueue(
                to: email, subject: "\(subject(.english)) / \(subject(.spanish))",
                body: text.english + "\n\n---\n\n" + text.spanish, now: now, on: db)
        }
    }

    static func subject(_ language: Language) -> String {
        LocalizedText(en: "Your invitation to the patient portal", es: "Su invitación al portal del paciente")(language)
    }

    static func body(link: String, config: PortalConfig) -> LocalizedText {
        LocalizedText(
            en: """
                Hello,

                \(config.hospitalName) has approved your portal account. Open this link to create it; it works once and for 90 days:

                \(link)

                You will be asked for the patient's ZIP code and date of birth.

                This e-mail contains no health information. If you did not ask for an account, you can ignore it.
                """,
            es: """
                Hola:

                \(config.hospitalName) aprobó su cuenta del portal. Abra este enlace para crearla; funciona una sola vez y durante 90 días:

                \(link)

                Se le pedirán el código postal y la fecha de nacimiento del paciente.

                Este correo no contiene información de salud. Si usted no pidió una cuenta, puede ignorarlo.
                """)
    }
}
