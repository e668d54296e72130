import PortalCore

extension PasswordResetText {
    static let spanish = PasswordResetText(
        forgotLink: "¿Olvidó su contraseña?",
        forgotTitle: "Elegir una contraseña nueva",
        forgotIntro:
            "Escriba el correo electrónico con el que inicia sesión. Le enviaremos un enlace para elegir una contraseña nueva; el enlace sirve una sola vez, durante 30 minutos.",
        email: "Correo electrónico",
        send: "Enviarme el enlace",
        missingEmail: "Escriba el correo electrónico con el que inicia sesión.",
        sentTitle: "Revise su correo electrónico",
        sent: { email in
            "Si \(email) pertenece a una cuenta del portal, le estamos enviando un enlace para elegir una contraseña nueva. El enlace sirve una sola vez, durante 30 minutos."
        },
        sentHelp: { contact in
            "¿No llega nada en unos minutos? Revise la carpeta de correo no deseado y que la dirección sea la que usa para iniciar sesión. Una cuenta cerrada no puede elegir una contraseña nueva: \(ContactText.spanish.reachHIM(contact))."
        },
        backToSignIn: "Volver a iniciar sesión",
        codeTitle: "Confirme que es usted",
        codeIntro:
            "Su cuenta tiene el inicio de sesión en dos pasos, así que el enlace solo no basta. Escriba el código de 6 dígitos de su aplicación de autenticación.",
        emailCodeIntro: "Su cuenta tiene el inicio de sesión en dos pasos por correo, así que el enlace solo no basta.",
        sendCodeIntro: { address in
            "Su cuenta tiene el inicio de sesión en dos pasos por correo, así que el enlace solo no basta. Pulse el botón y le enviaremos un código de 6 dígitos a \(address)."
        },
        sendCode: "Enviarme el código",
        wrongCode: "Ese código no es correcto o ya se usó. Espere un código nuevo e inténtelo otra vez.",
        continueButton: "Continuar",
        passwordTitle: "Elegir una contraseña nueva",
        passwordIntro:
            "Al guardarla se cierra la sesión en todos los dispositivos conectados a su cuenta, y se lo avisamos por correo electrónico.",
        newPassword: "Contraseña nueva",
        save: "Guardar mi contraseña nueva",
        closedTitle: "Este enlace ya no sirve",
        closed:
            "Un enlace para elegir una contraseña nueva sirve una sola vez, durante 30 minutos, y deja de servir cuando se elige una contraseña nueva. Pida un enlace nuevo si todavía lo necesita.",
        askAgain: "Pedir un enlace nuevo",
        changed:
            "Su contraseña cambió y se cerró la sesión en todos los dispositivos. Inicie sesión con su contraseña nueva."
    )
}
