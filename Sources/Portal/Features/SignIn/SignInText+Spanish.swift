import PortalCore

extension SignInText {
    static let spanish = SignInText(
        memberTitle: "Inicie sesión en su portal",
        staffTitle: "Inicio de sesión del personal",
        intro: "Vea la información de salud de su familia y envíe mensajes al equipo de atención.",
        staffIntro: "Solo para el personal del hospital. Se requiere un segundo factor.",
        email: "Correo electrónico",
        password: "Contraseña",
        submit: "Iniciar sesión",
        wrongCredentials: "Ese correo electrónico y contraseña no coinciden con una cuenta. Revíselos e inténtelo de nuevo.",
        missingFields: "Escriba su correo electrónico y su contraseña.",
        throttled: { minutes in
            "Demasiados intentos. Por su seguridad, espere \(minutes) minuto\(minutes == 1 ? "" : "s") antes de intentarlo de nuevo."
        },
        staffLink: "Inicio de sesión del personal",
        memberLink: "Inicio de sesión de familias y pacientes",
        deactivated: { contact in
            "Información de Salud cerró esta cuenta. \(ContactText.spanish.startingSentence(contact)); pueden invitarle a una cuenta nueva."
        },
        signedOut: "Ha cerrado la sesión.",
        codeTitle: "Escriba su código de seguridad",
        codeIntro: "Abra su aplicación de autenticación y escriba el código de 6 dígitos que muestra para este portal.",
        code: "Código de seguridad",
        codeHint: "6 dígitos, o uno de sus códigos de recuperación si ya no tiene su teléfono.",
        sixDigits: "6 dígitos",
        wrongCode: "Ese código no es correcto o ya se usó. Espere un código nuevo e inténtelo de nuevo.",
        verify: "Continuar",
        emailCodeIntro: { address in "Enviamos un código de 6 dígitos a \(address). Sirve una sola vez, durante 10 minutos." },
        emailCodeHint: "6 dígitos del correo, o uno de sus códigos de recuperación.",
        sendNewCode: "Enviarme un código nuevo",
        newCodeSent:
            "Un código nuevo está en camino. Cada código sirve durante 10 minutos; el correo puede tardar un minuto en llegar."
    )
}
