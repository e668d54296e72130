import PortalCore

extension Strings {
    enum AccountActivity {
        static let title = LocalizedText(en: "Recent activity on your account", es: "Actividad reciente de su cuenta")
        static let link = LocalizedText(
            en: "See recent activity: sign-ins, devices and records viewed",
            es: "Ver la actividad reciente: inicios de sesión, dispositivos y expedientes vistos")
        static let intro = LocalizedText(
            en:
                "Every sign-in, security change and record viewed with your account, with the network address and browser it came from.",
            es:
                "Cada inicio de sesión, cambio de seguridad y expediente visto con su cuenta, con la dirección de red y el navegador de origen."
        )
        static let notMeHeading = LocalizedText(en: "Something here was not you?", es: "¿Algo de esto no lo hizo usted?")
        static let notMeIntro = LocalizedText(
            en:
                "Tell Health Information Management. They can close this account at once and invite you to a new one; no health information is lost. Changing your password and signing out everywhere also helps right away.",
            es:
                "Avise a Información de Salud. Pueden cerrar esta cuenta de inmediato e invitarle a una nueva; no se pierde información de salud. Cambiar su contraseña y cerrar todas las sesiones también ayuda de inmediato."
        )
        static let notMe = LocalizedText(en: "This was not me: tell HIM", es: "No fui yo: avisar a Información de Salud")
        static let reportedThanks = LocalizedText(
            en: "Thank you. Health Information Management has your report and will contact you.",
            es: "Gracias. Información de Salud recibió su aviso y se comunicará con usted.")
        static func contact(_ contact: HospitalContact) -> LocalizedText {
            LocalizedText(
                en: "If it is urgent, call \(contact.phone) or write to \(contact.email).",
                es: "Si es urgente, llame al \(contact.phone) o escriba a \(contact.email).")
        }
        static let none = LocalizedText(en: "No activity yet.", es: "Todavía no hay actividad.")
        static let newestFirst = LocalizedText(en: "Newest first", es: "Lo más reciente primero")
        static let when = LocalizedText(en: "When", es: "Cuándo")
        static let what = LocalizedText(en: "What", es: "Qué")
        static let fromWhere = LocalizedText(en: "From", es: "Desde")
        static func device(_ browser: String, _ system: String) -> LocalizedText {
            LocalizedText(en: "\(browser) on \(system)", es: "\(browser) en \(system)")
        }

        static func describe(
            _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, patientName: String?, aboutPatient: Bool
        ) -> LocalizedText {
            let record =
                patientName.map { LocalizedText(en: "\($0)'s record", es: "el expediente de \($0)") }
                ?? LocalizedText(en: "a record you no longer see", es: "un expediente que ya no ve")
            if outcome == .denied && aboutPatient {
                return LocalizedText(
                    en: "Tried to open a record this account cannot see",
                    es: "Intentó abrir un expediente que esta cuenta no puede ver")
            }
            switch (action, outcome) {
            case (.signIn, .success): return LocalizedText(en: "Signed in", es: "Inició sesión")
            case (.signIn, .throttled):
                return LocalizedText(
                    en: "Sign-in slowed down after wrong passwords", es: "Inicio de sesión frenado tras contraseñas incorrectas")
            case (.signIn, _):
                return LocalizedText(en: "Sign-in with a wrong password", es: "Inicio de sesión con contraseña incorrecta")
            case (.signInSecondFactor, .success):
                return LocalizedText(en: "Entered a security code", es: "Escribió un código de seguridad")
            case (.signInSecondFactor, _): return LocalizedText(en: "Wrong security code", es: "Código de seguridad incorrecto")
            case (.signOut, _): return LocalizedText(en: "Signed out", es: "Cerró la sesión")
            case (.signOutEverywhere, _):
                return LocalizedText(en: "Signed out on every device", es: "Cerró la sesión en todos los dispositivos")
            case (.passwordChanged, _): return LocalizedText(en: "Changed the password", es: "Cambió la contraseña")
            case (.secondFactorEnabled, _):
                return LocalizedText(en: "Turned on two-step sign-in", es: "Activó el inicio de sesión en dos pasos")
            case (.recoveryCodeUsed, _): return LocalizedText(en: "Used a recovery code", es: "Usó un código de recuperación")
            case (.patientView, _): return LocalizedText(en: "Viewed \(record.english)", es: "Vio \(record.spanish)")
            case (.documentList, _):
                return LocalizedText(
                    en: "Viewed the documents in \(record.english)", es: "Vio los documentos de \(record.spanish)")
            case (.documentView, _):
                return LocalizedText(en: "Opened a document in \(record.english)", es: "Abrió un documento de \(record.spanish)")
            case (.accessOverviewView, _):
                return LocalizedText(en: "Viewed who can see \(record.english)", es: "Vio quién puede ver \(record.spanish)")
            case (.invitationActivated, _): return LocalizedText(en: "Created this account", es: "Creó esta cuenta")
            case (.accountReported, _):
                return LocalizedText(en: "Reported activity that was not you", es: "Avisó de actividad que no fue suya")
            default: return LocalizedText(en: action.rawValue, es: action.rawValue)
            }
        }
    }
}
