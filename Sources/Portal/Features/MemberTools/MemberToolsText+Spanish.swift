import PortalCore

extension MemberToolsText {
    static let spanish = MemberToolsText(
        active: "Activa",
        closed: "Cerrada",
        deactivatedBy: { name, when, reason in "Cerrada por \(name) el \(when): \(reason)" },
        reported: { when in "El miembro avisó de actividad que no fue suya (\(when))." },
        closeReports: "Marcar el aviso como atendido",
        reportsClosedNotice: "Aviso marcado como atendido.",
        accessHeading: "Acceso por esta cuenta",
        noGrants: "Esta cuenta no tiene accesos.",
        deactivateHeading: "Cerrar esta cuenta",
        deactivateIntro:
            "Para una cuenta que otra persona usó. Todas las sesiones terminan de inmediato y el inicio de sesión se rechaza con un mensaje para comunicarse con Información de Salud. No se borra nada: el historial queda en la auditoría, y después puede invitar al titular a una cuenta nueva con el mismo acceso.",
        reason: "Motivo (para los registros de Información de Salud)",
        reasonRequired: "Escriba por qué se cierra la cuenta.",
        reasonTooLong: "El motivo debe tener menos de 500 caracteres.",
        deactivate: "Cerrar la cuenta ahora",
        deactivatedNotice: "La cuenta está cerrada y todas las sesiones terminaron.",
        reinviteHeading: "Una cuenta nueva para el titular",
        reinviteIntro:
            "La cuenta nueva de la invitación recibe todos los accesos vigentes de esta cuenta. Confirme primero con quién habla, como en toda invitación.",
        newEmail: "Correo para la invitación",
        newEmailHint: "Mejor una dirección nueva, si el buzón anterior puede estar en manos de otra persona.",
        reinvite: "Enviar la invitación",
        invitedNotice: "Invitación enviada.",
        deactivateFirst: "Cierre la cuenta antes de invitar al titular a una nueva.",
        nothingToCarryOver:
            "Esta cuenta no tiene accesos vigentes que pasar. Envíe una invitación normal desde la página del paciente.",
        lockedHeading: "El inicio de sesión está bloqueado",
        lockedIntro: { since in
            "El inicio de sesión está bloqueado desde \(since) tras \(SignInThrottle.consecutiveFailuresBeforeLock) intentos fallidos seguidos: alguien puede estar intentando adivinar la contraseña. Desbloquéelo cuando haya comprobado, como en cualquier invitación, que habla con el titular de la cuenta; si no hizo esos intentos, sugiérale una contraseña nueva."
        },
        unlock: "Desbloquear el inicio de sesión",
        unlockedNotice: "El inicio de sesión está desbloqueado."
    )
}
