import PortalCore

extension Strings {
    enum Activation {
        static let title = LocalizedText(en: "Create your portal account", es: "Cree su cuenta del portal")
        static let verifyIntro = LocalizedText(
            en: "First, confirm who the patient is. Enter the patient's ZIP code and date of birth as the hospital has them.",
            es:
                "Primero, confirme quién es el paciente. Escriba el código postal y la fecha de nacimiento del paciente tal como los tiene el hospital."
        )
        static let zip = LocalizedText(en: "Patient's ZIP code", es: "Código postal del paciente")
        static let birthDate = LocalizedText(en: "Patient's date of birth", es: "Fecha de nacimiento del paciente")
        static let birthDateHint = LocalizedText(en: "For example 2012-06-18", es: "Por ejemplo 2012-06-18")
        static let confirm = LocalizedText(en: "Continue", es: "Continuar")
        static func wrongAnswers(triesLeft: Int) -> LocalizedText {
            LocalizedText(
                en:
                    "Those answers do not match the hospital's record. \(triesLeft) \(triesLeft == 1 ? "try" : "tries") left before this link locks.",
                es:
                    "Esas respuestas no coinciden con el expediente del hospital. Le quedan \(triesLeft) \(triesLeft == 1 ? "intento" : "intentos") antes de que el enlace se bloquee."
            )
        }
        static let accountIntro = LocalizedText(
            en:
                "Thank you. Now choose how you sign in: your e-mail and a password. Use a long phrase that you do not use anywhere else: at least 15 characters.",
            es:
                "Gracias. Ahora elija cómo iniciar sesión: su correo y una contraseña. Use una frase larga que no use en ningún otro lugar: al menos 15 caracteres."
        )
        static let email = LocalizedText(en: "Your sign-in e-mail", es: "Su correo de inicio de sesión")
        static let emailHint = LocalizedText(
            en: "You sign in with it. Keep the one the invitation came to, or use another address that only you read.",
            es: "Con él inicia sesión. Conserve el que recibió la invitación o use otra dirección que solo usted lea.")
        static let badEmail = LocalizedText(
            en: "Enter an e-mail address such as name@example.com.", es: "Escriba un correo como nombre@ejemplo.com.")
        static let emailOnOtherSide = LocalizedText(
            en:
                "This address belongs to a parent's or guardian's portal access for this patient. A teen's account and a parent's must each have their own e-mail: choose another.",
            es:
                "Esta dirección pertenece al acceso de una madre, padre o tutor de este paciente. La cuenta de un adolescente y la de su madre o padre deben tener cada una su propio correo: elija otra."
        )
        static let fullName = LocalizedText(en: "Your full name", es: "Su nombre completo")
        static let nameRequired = LocalizedText(en: "Enter your name.", es: "Escriba su nombre.")
        static let password = LocalizedText(en: "Password", es: "Contraseña")
        static let create = LocalizedText(en: "Create my account", es: "Crear mi cuenta")
        static let emailTaken = LocalizedText(
            en:
                "An account already uses this e-mail address. Sign in with it, or ask Health Information Management for an invitation to another address.",
            es:
                "Ya hay una cuenta con este correo. Inicie sesión con ella o pida a Información de Salud una invitación a otra dirección."
        )
        static let closedTitle = LocalizedText(
            en: "This invitation link cannot be used", es: "Este enlace de invitación no se puede usar")
        static let notValid = LocalizedText(
            en:
                "This link is not valid, has been used already, or was replaced by a newer invitation. Health Information Management can send you a new one.",
            es:
                "Este enlace no es válido, ya se usó o fue reemplazado por una invitación más reciente. Información de Salud puede enviarle uno nuevo."
        )
        static func expired(_ date: String) -> LocalizedText {
            LocalizedText(
                en:
                    "This invitation expired on \(date). Health Information Management can send you a new one; the old link will not work again.",
                es:
                    "Esta invitación venció el \(date). Información de Salud puede enviarle una nueva; el enlace anterior no volverá a funcionar."
            )
        }
        static let locked = LocalizedText(
            en:
                "This invitation is locked because the answers did not match too many times. Contact Health Information Management; they can check your details and send a new invitation.",
            es:
                "Esta invitación está bloqueada porque las respuestas no coincidieron demasiadas veces. Comuníquese con Información de Salud; pueden revisar sus datos y enviarle una nueva invitación."
        )
        static let noLongerAllowed = LocalizedText(
            en: "The patient's age no longer allows this kind of account. Health Information Management can explain the options.",
            es: "La edad del paciente ya no permite este tipo de cuenta. Información de Salud puede explicarle las opciones.")
    }
}
