import PortalCore

extension Strings {
    enum Account {
        static let title = LocalizedText(en: "Your account", es: "Su cuenta")
        static let name = LocalizedText(en: "Name", es: "Nombre")
        static let email = LocalizedText(en: "E-mail address", es: "Correo electrónico")
        static let language = LocalizedText(en: "Language", es: "Idioma")
        static let languageName = LocalizedText(en: "English", es: "Español")
        static let security = LocalizedText(en: "Sign-in security", es: "Seguridad del inicio de sesión")
        static let secondFactorOn = LocalizedText(
            en: "Two-step sign-in is on: after your password you enter a code from your authenticator app.",
            es:
                "El inicio de sesión en dos pasos está activado: después de su contraseña escribe un código de su aplicación de autenticación."
        )
        static let secondFactorOff = LocalizedText(
            en: "Two-step sign-in is off. Turn it on so that your password alone is not enough to open your family's records.",
            es:
                "El inicio de sesión en dos pasos está desactivado. Actívelo para que su contraseña sola no baste para abrir los expedientes de su familia."
        )
        static let turnOn = LocalizedText(en: "Turn on two-step sign-in", es: "Activar el inicio de sesión en dos pasos")
        static func recoveryCodesLeft(_ count: Int) -> LocalizedText {
            LocalizedText(en: "Unused recovery codes: \(count)", es: "Códigos de recuperación sin usar: \(count)")
        }
        static let passwordHeading = LocalizedText(en: "Change your password", es: "Cambiar su contraseña")
        static let currentPassword = LocalizedText(en: "Current password", es: "Contraseña actual")
        static let newPassword = LocalizedText(en: "New password", es: "Contraseña nueva")
        static func passwordHint(minimum: Int) -> LocalizedText {
            LocalizedText(
                en:
                    "At least \(minimum) characters. A few unrelated words make a strong password that is easy to remember; no special symbols are required.",
                es:
                    "Al menos \(minimum) caracteres. Unas cuantas palabras sin relación forman una contraseña segura y fácil de recordar; no se requieren símbolos especiales."
            )
        }
        static let changePassword = LocalizedText(en: "Change password", es: "Cambiar contraseña")
        static let passwordChanged = LocalizedText(
            en: "Your password was changed. Any other device that was signed in has been signed out.",
            es: "Su contraseña se cambió. Se cerró la sesión en cualquier otro dispositivo.")
        static let wrongCurrentPassword = LocalizedText(
            en: "Your current password is not right.",
            es: "Su contraseña actual no es correcta.")

        static func problem(_ problem: PasswordProblem) -> LocalizedText {
            switch problem {
            case .tooShort(let minimum):
                LocalizedText(en: "Use at least \(minimum) characters.", es: "Use al menos \(minimum) caracteres.")
            case .tooLong(let maximum):
                LocalizedText(en: "Use at most \(maximum) characters.", es: "Use como máximo \(maximum) caracteres.")
            case .commonlyUsed:
                LocalizedText(
                    en: "That password is one of the most commonly used, so it is easy to guess. Choose another.",
                    es: "Esa contraseña es una de las más usadas, así que es fácil de adivinar. Elija otra.")
            case .containsPersonalWord:
                LocalizedText(
                    en: "Do not use your name or e-mail address in your password.",
                    es: "No use su nombre ni su correo electrónico en su contraseña.")
            }
        }

        static let sessions = LocalizedText(en: "Where you are signed in", es: "Dónde tiene la sesión iniciada")
        static let sessionsIntro = LocalizedText(
            en:
                "If you signed in on a shared or lost device, or think someone else used your account, sign out everywhere. Then tell Health Information Management.",
            es:
                "Si inició sesión en un dispositivo compartido o perdido, o cree que otra persona usó su cuenta, cierre la sesión en todas partes. Después avise a Información de Salud."
        )
        static let signOutEverywhere = LocalizedText(en: "Sign out everywhere", es: "Cerrar sesión en todas partes")

        static let welcome = LocalizedText(
            en:
                "Your account is ready and you are signed in. We recommend a second sign-in step: a code from an app on your phone, so a stolen password alone cannot open your family's records.",
            es:
                "Su cuenta está lista y usted ya inició sesión. Le recomendamos un segundo paso al iniciar sesión: un código de una aplicación en su teléfono, para que una contraseña robada no baste para abrir los expedientes de su familia."
        )
        static let skipSetup = LocalizedText(
            en: "Not now: go to my home page (you can set it up later under Your account)",
            es: "Ahora no: ir a mi página de inicio (puede configurarlo después en Su cuenta)")
        static let setupTitle = LocalizedText(en: "Set up two-step sign-in", es: "Configurar el inicio de sesión en dos pasos")
        static let setupRequiredForStaff = LocalizedText(
            en: "Staff accounts need a second factor before anything else.",
            es: "Las cuentas del personal necesitan un segundo factor antes de cualquier otra cosa.")
        static let setupStep1 = LocalizedText(
            en:
                "Install an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password).",
            es:
                "Instale una aplicación de autenticación en su teléfono (por ejemplo Google Authenticator, Microsoft Authenticator o 1Password)."
        )
        static let setupStep2 = LocalizedText(
            en: "On this phone, open the setup link; on another device, add an account in the app and type this key:",
            es:
                "En este teléfono, abra el enlace de configuración; en otro dispositivo, agregue una cuenta en la aplicación y escriba esta clave:"
        )
        static let setupLink = LocalizedText(en: "Open in authenticator app", es: "Abrir en la aplicación de autenticación")
        static let setupStep3 = LocalizedText(
            en: "Enter the 6-digit code the app shows now.",
            es: "Escriba el código de 6 dígitos que muestra la aplicación ahora.")
        static let confirm = LocalizedText(en: "Turn on", es: "Activar")
        static let codesTitle = LocalizedText(en: "Save your recovery codes", es: "Guarde sus códigos de recuperación")
        static let codesIntro = LocalizedText(
            en:
                "Two-step sign-in is on. If you lose your phone, each of these codes lets you sign in once. Print them or write them down and keep them somewhere safe: they will not be shown again.",
            es:
                "El inicio de sesión en dos pasos está activado. Si pierde su teléfono, cada uno de estos códigos le permite iniciar sesión una vez. Imprímalos o anótelos y guárdelos en un lugar seguro: no se mostrarán de nuevo."
        )
        static let codesDone = LocalizedText(en: "I have saved my codes", es: "Ya guardé mis códigos")
        static let wrongSetupCode = LocalizedText(
            en: "That code does not match. Check that the app shows this portal's account and enter the newest code.",
            es:
                "Ese código no coincide. Verifique que la aplicación muestre la cuenta de este portal y escriba el código más reciente."
        )
        static let resultsHeading = LocalizedText(en: "New test results", es: "Resultados nuevos")
        static let resultsIntro = LocalizedText(
            en:
                "Results appear in the portal as soon as they are ready, sometimes before the care team has talked with you about them. You can choose to see them a few days later instead.",
            es:
                "Los resultados aparecen en el portal en cuanto están listos, a veces antes de que el equipo de atención hable con usted. Puede elegir verlos unos días después."
        )
        static let resultDelayLabel = LocalizedText(en: "Show new results", es: "Mostrar los resultados nuevos")
        static func delayOption(_ days: Int) -> LocalizedText {
            switch days {
            case 0: LocalizedText(en: "At once", es: "De inmediato")
            case 1: LocalizedText(en: "1 day later", es: "1 día después")
            default: LocalizedText(en: "\(days) days later", es: "\(days) días después")
            }
        }
        static let saveResultDelay = LocalizedText(en: "Save", es: "Guardar")
        static let resultDelaySaved = LocalizedText(
            en: "Your choice for new results is saved.", es: "Se guardó su elección para los resultados nuevos.")
        static let resultDelayInvalid = LocalizedText(
            en: "Choose when new results should appear: at once, or 1 to 7 days later.",
            es: "Elija cuándo deben aparecer los resultados nuevos: de inmediato o de 1 a 7 días después.")
    }
}
