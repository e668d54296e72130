import PortalCore

extension AccountText {
    static let spanish = AccountText(
        title: "Su cuenta",
        name: "Nombre",
        email: "Correo electrónico",
        language: "Idioma",
        languageName: "Español",
        security: "Seguridad del inicio de sesión",
        secondFactorOn:
            "El inicio de sesión en dos pasos está activado: después de su contraseña escribe un código de su aplicación de autenticación.",
        secondFactorOff:
            "El inicio de sesión en dos pasos está desactivado. Actívelo para que su contraseña sola no baste para abrir los expedientes de su familia.",
        turnOn: "Activar el inicio de sesión en dos pasos",
        recoveryCodesLeft: { count in "Códigos de recuperación sin usar: \(count)" },
        passwordHeading: "Cambiar su contraseña",
        newPassword: "Contraseña nueva",
        passwordHint: { minimum in
            "Al menos \(minimum) caracteres. Unas cuantas palabras sin relación forman una contraseña segura y fácil de recordar; no se requieren símbolos especiales."
        },
        changePassword: "Cambiar contraseña",
        passwordChanged: "Su contraseña se cambió. Se cerró la sesión en cualquier otro dispositivo.",
        wrongCurrentPassword: "Su contraseña actual no es correcta.",
        problem: { problem in
            switch problem {
            case .tooShort(let minimum):
                "Use al menos \(minimum) caracteres."
            case .tooLong(let maximum):
                "Use como máximo \(maximum) caracteres."
            case .commonlyUsed:
                "Esa contraseña es una de las más usadas, así que es fácil de adivinar. Elija otra."
            case .containsPersonalWord:
                "No use su nombre ni su correo electrónico en su contraseña."
            }
        },
        sessions: "Dónde tiene la sesión iniciada",
        sessionsIntro:
            "Si inició sesión en un dispositivo compartido o perdido, o cree que otra persona usó su cuenta, cierre la sesión en todas partes. Después avise a Información de Salud.",
        signOutEverywhere: "Cerrar sesión en todas partes",
        welcome:
            "Su cuenta está lista y usted ya inició sesión. Le recomendamos un segundo paso al iniciar sesión: un código de una aplicación en su teléfono, para que una contraseña robada no baste para abrir los expedientes de su familia.",
        skipSetup: "Ahora no: ir a mi página de inicio (puede configurarlo después en Su cuenta)",
        setupTitle: "Configurar el inicio de sesión en dos pasos",
        setupRequiredForStaff: "Las cuentas del personal necesitan un segundo factor antes de cualquier otra cosa.",
        setupStep1:
            "Instale una aplicación de autenticación en su teléfono (por ejemplo Google Authenticator, Microsoft Authenticator o 1Password).",
        setupStep2:
            "En este teléfono, abra el enlace de configuración; en otro dispositivo, agregue una cuenta en la aplicación y escriba esta clave:",
        setupLink: "Abrir en la aplicación de autenticación",
        setupStep3: "Escriba el código de 6 dígitos que muestra la aplicación ahora.",
        confirm: "Activar",
        codesTitle: "Guarde sus códigos de recuperación",
        codesIntro:
            "El inicio de sesión en dos pasos está activado. Si pierde su teléfono o no puede abrir su correo, cada uno de estos códigos le permite iniciar sesión una vez. Imprímalos o anótelos y guárdelos en un lugar seguro: no se mostrarán de nuevo.",
        codesDone: "Ya guardé mis códigos",
        wrongSetupCode:
            "Ese código no coincide. Verifique que la aplicación muestre la cuenta de este portal y escriba el código más reciente.",
        resultsHeading: "Resultados nuevos",
        resultsIntro:
            "Los resultados aparecen en el portal en cuanto están listos, a veces antes de que el equipo de atención hable con usted. Puede elegir verlos unos días después.",
        resultDelayLabel: "Mostrar los resultados nuevos",
        delayOption: { days in
            switch days {
            case 0: "De inmediato"
            case 1: "1 día después"
            default: "\(days) días después"
            }
        },
        saveResultDelay: "Guardar",
        resultDelaySaved: "Se guardó su elección para los resultados nuevos.",
        resultDelayInvalid: "Elija cuándo deben aparecer los resultados nuevos: de inmediato o de 1 a 7 días después.",
        securityLink:
            "Cambiar su contraseña, su correo electrónico, el inicio de sesión en dos pasos o los códigos de recuperación",
        securityTitle: "Seguridad del inicio de sesión",
        confirmTitle: "Confirme que es usted",
        confirmIntro:
            "Antes de cambiar cómo inicia sesión, escriba otra vez su contraseña. No se le volverá a pedir durante 5 minutos.",
        confirmIntroWithCode:
            "Antes de cambiar cómo inicia sesión, escriba su contraseña y un código de su aplicación de autenticación (o un código de recuperación). No se le volverá a pedir durante 5 minutos.",
        password: "Contraseña",
        confirmButton: "Confirmar",
        factorHeading: "Inicio de sesión en dos pasos",
        factorApp: "Activado: un código de su aplicación de autenticación después de su contraseña.",
        removeFactor: "Desactivar el inicio de sesión en dos pasos",
        removeFactorIntro:
            "Sin él, su contraseña sola abre los expedientes de su familia, así que debe tener al menos 15 caracteres. Escriba su contraseña para desactivarlo.",
        removeNeedsLongerPassword:
            "Su contraseña tiene menos de 15 caracteres, demasiado corta para usarse sola. Cambie primero su contraseña y luego desactive el inicio de sesión en dos pasos.",
        factorRemoved: "El inicio de sesión en dos pasos está desactivado y sus códigos de recuperación ya no sirven.",
        codesHeading: "Códigos de recuperación",
        newCodesIntro:
            "Cada código de recuperación le permite iniciar sesión una vez sin su teléfono. Al crear códigos nuevos, los anteriores dejan de servir.",
        newCodes: "Crear códigos de recuperación nuevos",
        staffFactorRequired:
            "Las cuentas del personal siempre usan el inicio de sesión en dos pasos. Si pierde su teléfono, use un código de recuperación o pida ayuda a los administradores del portal.",
        wrongProof: "La contraseña o el código no es correcto. Revíselos e inténtelo otra vez.",
        missingPassword: "Escriba su contraseña.",
        emailCodesTitle: "Inicio de sesión en dos pasos por correo",
        emailCodesIntro:
            "Después de su contraseña, escribirá un código que le enviamos por correo. Una aplicación de autenticación es más segura, porque el código no llega al mismo correo que puede restablecer su contraseña; elija el correo si no tiene un teléfono inteligente.",
        useEmailCodes: "Recibir los códigos por correo (sin teléfono inteligente)",
        factorEmail: "Activado: un código que le enviamos por correo después de su contraseña.",
        secondFactorOnEmail:
            "El inicio de sesión en dos pasos está activado: después de su contraseña escribe un código que le enviamos por correo.",
        emailHeading: "Su correo electrónico",
        emailIntro: { address in
            "Inicia sesión con \(address) y allí le llegan los avisos. Una dirección nueva se usa cuando abre el enlace que le enviamos a ella; también avisamos a la anterior."
        },
        newEmail: "Correo electrónico nuevo",
        changeEmail: "Enviar el enlace de confirmación",
        emailChangeSent: { address in "Enviamos un enlace a \(address). Su dirección cambia cuando lo abra, antes de 24 horas." },
        emailSame: "Esa ya es su dirección.",
        emailBad: "Escriba una dirección de correo simple, como nombre@example.org.",
        confirmEmailTitle: "Confirme su correo electrónico nuevo",
        confirmEmailIntro: { address in "¿Iniciar sesión con \(address) y recibir allí los avisos del portal desde ahora?" },
        confirmEmailButton: "Sí, usar esta dirección",
        emailChanged: { address in "Su correo electrónico ahora es \(address)." },
        emailLinkClosed:
            "Este enlace ya no sirve: se usó, tiene más de 24 horas o la dirección se ocupó mientras tanto. Pida el cambio otra vez desde su cuenta."
    )
}
