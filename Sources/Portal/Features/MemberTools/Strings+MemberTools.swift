import PortalCore

extension Strings {
    enum MemberTools {
        static let active = LocalizedText(en: "Active", es: "Activa")
        static let closed = LocalizedText(en: "Closed", es: "Cerrada")
        static func deactivatedBy(_ name: String, _ when: String, _ reason: String) -> LocalizedText {
            LocalizedText(en: "Closed by \(name) on \(when): \(reason)", es: "Cerrada por \(name) el \(when): \(reason)")
        }
        static func reported(_ when: String) -> LocalizedText {
            LocalizedText(
                en: "The member reported activity that was not theirs (\(when)).",
                es: "El miembro avisó de actividad que no fue suya (\(when)).")
        }
        static let closeReports = LocalizedText(en: "Mark the report handled", es: "Marcar el aviso como atendido")
        static let reportsClosedNotice = LocalizedText(en: "Report marked handled.", es: "Aviso marcado como atendido.")
        static let accessHeading = LocalizedText(en: "Access through this account", es: "Acceso por esta cuenta")
        static let noGrants = LocalizedText(en: "This account has no access grants.", es: "Esta cuenta no tiene accesos.")
        static let deactivateHeading = LocalizedText(en: "Close this account", es: "Cerrar esta cuenta")
        static let deactivateIntro = LocalizedText(
            en:
                "For an account someone else has used. Every session ends at once and sign-in is refused with a message to contact HIM. Nothing is deleted: the history stays in the audit trail, and you can then invite the owner to a new account with the same access.",
            es:
                "Para una cuenta que otra persona usó. Todas las sesiones terminan de inmediato y el inicio de sesión se rechaza con un mensaje para comunicarse con Información de Salud. No se borra nada: el historial queda en la auditoría, y después puede invitar al titular a una cuenta nueva con el mismo acceso."
        )
        static let reason = LocalizedText(
            en: "Reason (for HIM's records)", es: "Motivo (para los registros de Información de Salud)")
        static let reasonRequired = LocalizedText(
            en: "Write why the account is closed.", es: "Escriba por qué se cierra la cuenta.")
        static let reasonTooLong = LocalizedText(
            en: "Keep the reason under 500 characters.", es: "El motivo debe tener menos de 500 caracteres.")
        static let deactivate = LocalizedText(en: "Close the account now", es: "Cerrar la cuenta ahora")
        static let deactivatedNotice = LocalizedText(
            en: "The account is closed and every session has ended.",
            es: "La cuenta está cerrada y todas las sesiones terminaron.")
        static let reinviteHeading = LocalizedText(en: "A new account for the owner", es: "Una cuenta nueva para el titular")
        static let reinviteIntro = LocalizedText(
            en:
                "The invitation's new account takes over every access this account had that is still in force. Check who you are talking to first, as at any invitation.",
            es:
                "La cuenta nueva de la invitación recibe todos los accesos vigentes de esta cuenta. Confirme primero con quién habla, como en toda invitación."
        )
        static let newEmail = LocalizedText(en: "E-mail for the invitation", es: "Correo para la invitación")
        static let newEmailHint = LocalizedText(
            en: "Preferably a new address, if the old mailbox may be in someone else's hands.",
            es: "Mejor una dirección nueva, si el buzón anterior puede estar en manos de otra persona.")
        static let reinvite = LocalizedText(en: "Send the invitation", es: "Enviar la invitación")
        static let invitedNotice = LocalizedText(en: "Invitation sent.", es: "Invitación enviada.")
        static let deactivateFirst = LocalizedText(
            en: "Close the account before inviting its owner to a new one.",
            es: "Cierre la cuenta antes de invitar al titular a una nueva.")
        static let nothingToCarryOver = LocalizedText(
            en: "This account has no access in force to carry over. Send an ordinary invitation from the patient's page.",
            es: "Esta cuenta no tiene accesos vigentes que pasar. Envíe una invitación normal desde la página del paciente.")
    }
}
