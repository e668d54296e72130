import PortalCore

extension Strings {
    enum SignIn {
        static let memberTitle = LocalizedText(en: "Sign in to your portal", es: "Inicie sesión en su portal")
        static let staffTitle = LocalizedText(en: "Staff sign-in", es: "Inicio de sesión del personal")
        static let intro = LocalizedText(
            en: "See your family's health information and message the care team.",
            es: "Vea la información de salud de su familia y envíe mensajes al equipo de atención.")
        static let staffIntro = LocalizedText(
            en: "For hospital staff only. A second factor is required.",
            es: "Solo para el personal del hospital. Se requiere un segundo factor.")
        static let email = LocalizedText(en: "E-mail address", es: "Correo electrónico")
        static let password = LocalizedText(en: "Password", es: "Contraseña")
        static let submit = LocalizedText(en: "Sign in", es: "Iniciar sesión")
        static let wrongCredentials = LocalizedText(
            en: "That e-mail address and password do not match an account. Check them and try again.",
            es: "Ese correo electrónico y contraseña no coinciden con una cuenta. Revíselos e inténtelo de nuevo.")
        static let missingFields = LocalizedText(
            en: "Enter your e-mail address and your password.",
            es: "Escriba su correo electrónico y su contraseña.")
        static func throttled(minutes: Int) -> LocalizedText {
            LocalizedText(
                en:
                    "Too many attempts. For your security, please wait \(minutes) minute\(minutes == 1 ? "" : "s") before trying again.",
                es:
                    "Demasiados intentos. Por su seguridad, espere \(minutes) minuto\(minutes == 1 ? "" : "s") antes de intentarlo de nuevo."
            )
        }
        static let staffLink = LocalizedText(en: "Hospital staff sign-in", es: "Inicio de sesión del personal")
        static let memberLink = LocalizedText(en: "Family and patient sign-in", es: "Inicio de sesión de familias y pacientes")
        static func deactivated(_ contact: HospitalContact) -> LocalizedText {
            LocalizedText(
                en:
                    "This account has been closed by Health Information Management. Call \(contact.phone) or write to \(contact.email); they can invite you to a new account.",
                es:
                    "Información de Salud cerró esta cuenta. Llame al \(contact.phone) o escriba a \(contact.email); pueden invitarle a una cuenta nueva."
            )
        }
        static let signedOut = LocalizedText(en: "You have signed out.", es: "Ha cerrado la sesión.")

        static let codeTitle = LocalizedText(en: "Enter your security code", es: "Escriba su código de seguridad")
        static let codeIntro = LocalizedText(
            en: "Open your authenticator app and enter the 6-digit code it shows for this portal.",
            es: "Abra su aplicación de autenticación y escriba el código de 6 dígitos que muestra para este portal.")
        static let code = LocalizedText(en: "Security code", es: "Código de seguridad")
        static let codeHintMember = LocalizedText(
            en: "6 digits, or one of your recovery codes if you no longer have your phone.",
            es: "6 dígitos, o uno de sus códigos de recuperación si ya no tiene su teléfono.")
        static let codeHintStaff = LocalizedText(en: "6 digits", es: "6 dígitos")
        static let wrongCode = LocalizedText(
            en: "That code is not right or has already been used. Wait for a new code and try again.",
            es: "Ese código no es correcto o ya se usó. Espere un código nuevo e inténtelo de nuevo.")
        static let verify = LocalizedText(en: "Continue", es: "Continuar")
    }
}
