import PortalCore

extension AccountActivityText {
    static let spanish = AccountActivityText(
        title: "Actividad reciente de su cuenta",
        link: "Ver la actividad reciente: inicios de sesión, dispositivos y expedientes vistos",
        intro:
            "Cada inicio de sesión, cambio de seguridad y expediente visto con su cuenta, con la dirección de red y el navegador de origen.",
        notMeHeading: "¿Algo de esto no lo hizo usted?",
        notMeIntro:
            "Avise a Información de Salud. Pueden cerrar esta cuenta de inmediato e invitarle a una nueva; no se pierde información de salud. Cambiar su contraseña y cerrar todas las sesiones también ayuda de inmediato.",
        notMe: "No fui yo: avisar a Información de Salud",
        reportedThanks: "Gracias. Información de Salud recibió su aviso y se comunicará con usted.",
        contact: { contact in "Si es urgente, \(ContactText.spanish.reachHIM(contact))." },
        none: "Todavía no hay actividad.",
        newestFirst: "Lo más reciente primero",
        when: "Cuándo",
        what: "Qué",
        fromWhere: "Desde",
        device: { browser, system in "\(browser) en \(system)" },
        sessionsHeading: "Dónde está abierta su cuenta",
        sessionsIntro:
            "Cada navegador con la sesión abierta en su cuenta ahora. Cierre la sesión de los que no reconozca y luego avise a Información de Salud aquí abajo.",
        thisBrowser: "Este navegador",
        unknownDevice: "Un navegador que no dijo cuál es",
        signedInAt: { when in "Inició sesión: \(when)" },
        lastActive: { when in "Última actividad: \(when)" },
        signOutSession: { device in "Cerrar la sesión: \(device)" },
        sessionEnded: "Se cerró la sesión de ese navegador.",
        describe: { action, outcome, patientName, aboutPatient in
            let record =
                patientName.map { "el expediente de \($0)" }
                ?? "un expediente que ya no ve"
            if outcome == .denied && aboutPatient {
                return "Intentó abrir un expediente que esta cuenta no puede ver"
            }
            switch (action, outcome) {
            case (.signIn, .success): return "Inició sesión"
            case (.signIn, .throttled):
                return "Inicio de sesión frenado tras contraseñas incorrectas"
            case (.signIn, _):
                return "Inicio de sesión con contraseña incorrecta"
            case (.signInSecondFactor, .success):
                return "Escribió un código de seguridad"
            case (.signInSecondFactor, _): return "Código de seguridad incorrecto"
            case (.signOut, _): return "Cerró la sesión"
            case (.signOutEverywhere, _):
                return "Cerró la sesión en todos los dispositivos"
            case (.passwordChanged, _): return "Cambió la contraseña"
            case (.passwordResetRequested, _): return "Pidió un enlace para elegir una contraseña nueva"
            case (.passwordResetSecondFactor, .success): return "Escribió un código de seguridad para elegir una contraseña nueva"
            case (.passwordResetSecondFactor, _): return "Código de seguridad incorrecto al elegir una contraseña nueva"
            case (.passwordReset, _): return "Eligió una contraseña nueva con un enlace enviado por correo"
            case (.secondFactorRemoved, .success): return "Desactivó el inicio de sesión en dos pasos"
            case (.secondFactorRemoved, _):
                return "Intentó desactivar el inicio de sesión en dos pasos con una contraseña incorrecta"
            case (.recoveryCodesReplaced, _): return "Creó códigos de recuperación nuevos"
            case (.reauthenticated, .success): return "Confirmó la contraseña antes de un cambio de seguridad"
            case (.reauthenticated, _): return "Contraseña o código incorrecto antes de un cambio de seguridad"
            case (.sessionEnded, _): return "Cerró la sesión de un navegador desde la página de actividad"
            case (.emailCodeSent, _): return "Se envió un código de seguridad por correo"
            case (.emailChangeRequested, _): return "Pidió cambiar el correo electrónico"
            case (.emailChanged, _): return "Cambió el correo electrónico"
            case (.secondFactorEnabled, _):
                return "Activó el inicio de sesión en dos pasos"
            case (.recoveryCodeUsed, _): return "Usó un código de recuperación"
            case (.patientView, _): return "Vio \(record)"
            case (.documentList, _):
                return "Vio los documentos de \(record)"
            case (.documentView, _):
                return "Abrió un documento de \(record)"
            case (.accessOverviewView, _):
                return "Vio quién puede ver \(record)"
            case (.invitationActivated, _): return "Creó esta cuenta"
            case (.accountReported, _):
                return "Avisó de actividad que no fue suya"
            case (.accountLocked, .success):
                return
                    "Inicio de sesión bloqueado tras \(SignInThrottle.consecutiveFailuresBeforeLock) intentos fallidos seguidos"
            case (.accountLocked, _): return "Inicio de sesión rechazado mientras la cuenta estaba bloqueada"
            case (.accountUnlocked, _):
                return "Información de Salud desbloqueó el inicio de sesión"
            default: return action.rawValue
            }
        },
        describeApp: { action, outcome, use in
            let record = use.patientName.map { "el expediente de \($0)" } ?? "un expediente que ya no ve"
            switch (action, outcome) {
            case (.appAuthorized, .success): return "Permitió que \(use.app) lea \(record)"
            case (.appAuthorized, _): return "No permitió que \(use.app) lea un expediente"
            case (.appDisconnected, _): return "Desconectó \(use.app) de \(record)"
            case (.appRead, .success):
                return use.times == 1 ? "\(use.app) leyó \(record)" : "\(use.app) leyó \(record) (\(use.times) solicitudes)"
            case (.appRead, _): return "\(use.app) pidió algo que no puede leer, y se le negó"
            default: return "\(use.app): \(action.rawValue)"
            }
        }
    )
}
