import PortalCore

extension ActivationText {
    static let spanish = ActivationText(
        title: "Cree su cuenta del portal",
        verifyIntro:
            "Primero, confirme quién es el paciente. Escriba el código postal y la fecha de nacimiento del paciente tal como los tiene el hospital.",
        zip: "Código postal del paciente",
        birthDate: "Fecha de nacimiento del paciente",
        birthDateHint: "Por ejemplo 2012-06-18",
        confirm: "Continuar",
        wrongAnswers: { triesLeft in
            "Esas respuestas no coinciden con el expediente del hospital. Le quedan \(triesLeft) \(triesLeft == 1 ? "intento" : "intentos") antes de que el enlace se bloquee."
        },
        accountIntro:
            "Gracias. Ahora elija cómo iniciar sesión: su correo y una contraseña. Use una frase larga que no use en ningún otro lugar: al menos 15 caracteres.",
        email: "Su correo de inicio de sesión",
        emailHint:
            "Inicia sesión con la dirección a la que llegó la invitación. Para usar otra, pida a Administración de Información de Salud que envíe la invitación allí.",
        badEmail: "Escriba un correo como nombre@ejemplo.com.",
        emailOnOtherSide:
            "Esta dirección pertenece al acceso de una madre, padre o tutor de este paciente. La cuenta de un adolescente y la de su madre o padre deben tener cada una su propio correo: pida a Administración de Información de Salud que envíe la invitación a una dirección que solo usted lea.",
        fullName: "Su nombre completo",
        nameRequired: "Escriba su nombre.",
        password: "Contraseña",
        create: "Crear mi cuenta",
        emailTaken:
            "Ya hay una cuenta con este correo. Inicie sesión con ella o pida a Información de Salud una invitación a otra dirección.",
        closedTitle: "Este enlace de invitación no se puede usar",
        notValid:
            "Este enlace no es válido, ya se usó o fue reemplazado por una invitación más reciente. Información de Salud puede enviarle uno nuevo.",
        expired: { date in
            "Esta invitación venció el \(date). Información de Salud puede enviarle una nueva; el enlace anterior no volverá a funcionar."
        },
        locked:
            "Esta invitación está bloqueada porque las respuestas no coincidieron demasiadas veces. Comuníquese con Información de Salud; pueden revisar sus datos y enviarle una nueva invitación.",
        noLongerAllowed:
            "La edad del paciente ya no permite este tipo de cuenta. Información de Salud puede explicarle las opciones."
    )
}
