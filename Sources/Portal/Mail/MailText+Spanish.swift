import Foundation
import PortalCore

extension MailText {
    static let spanish = MailText(
        messageSubject: "Tiene un mensaje nuevo en su portal",
        message: { name, config in
            let url = config.publicURL.absoluteString
            return """
                Hola, \(name):

                El equipo de atención le envió un mensaje en el portal del paciente de \(config.hospitalName). Inicie sesión para leerlo: \(url)

                Este correo no contiene información de salud. No responda a este correo; conteste en el portal.
                """
        },
        digestSubject: "Mensajes en espera en sus bandejas",
        digest: { name, summary, config in
            let url = config.publicURL.absoluteString + Routes.staffInbox()
            let list = summary.joined(separator: "\n")
            return """
                Buenos días, \(name):

                En espera en el portal de \(config.hospitalName):
                \(list)

                Abra sus bandejas: \(url)

                Este correo no contiene información de pacientes.
                """
        },
        newInformationSubject: "Hay información nueva en su portal",
        newInformation: { name, config in
            let url = config.publicURL.absoluteString
            return """
                Hola, \(name):

                Hay información nueva en el portal del paciente de \(config.hospitalName). Inicie sesión para verla: \(url)

                Puede elegir cuándo aparecen los resultados nuevos en la configuración de su portal.

                Este correo no contiene información de salud. No responda a este mensaje.
                """
        },
        invitationSubject: "Su invitación al portal del paciente",
        invitation: { link, config in
            """
            Hola:

            \(config.hospitalName) aprobó su cuenta del portal. Abra este enlace para crearla; funciona una sola vez y durante 90 días:

            \(link)

            Se le pedirán el código postal y la fecha de nacimiento del paciente.

            Este correo no contiene información de salud. Si usted no pidió una cuenta, puede ignorarlo.
            """
        },
        adulthoodSubject: "Se acerca un cambio en el acceso al portal",
        adulthoodForParent: { name, birthday, config in
            let url = config.publicURL.absoluteString
            return """
                Hola, \(name):

                Un paciente cuyo expediente usted puede ver en el portal del paciente de \(config.hospitalName) cumple 18 años el \(DateText.long(birthday, language: .spanish)). Ese día, como lo exige la ley, su acceso a ese expediente termina por sí solo.

                Inicie sesión en el portal para leer qué cambia y cómo puede seguir usando el portal con su propia cuenta: \(url)

                Este correo no contiene información de salud. No responda a este mensaje.
                """
        },
        adulthoodForPatient: { name, birthday, config in
            let url = config.publicURL.absoluteString
            return """
                Hola, \(name):

                Usted cumple 18 años el \(DateText.long(birthday, language: .spanish)). Desde ese día solo usted puede ver su expediente en el portal del paciente de \(config.hospitalName): el acceso de sus padres termina por sí solo. Su cuenta sigue siendo suya; asegúrese de que el correo de la cuenta sea uno que solo usted lea.

                Inicie sesión para leer más: \(url)

                Este correo no contiene información de salud. No responda a este mensaje.
                """
        },
        requestAnsweredSubject: { kind in
            switch kind {
            case .scheduling:
                "Novedades sobre su solicitud de cita"
            case .renewal:
                "Novedades sobre su solicitud de renovación"
            }
        },
        requestAnswered: { kind, name, config in
            let url = config.publicURL.absoluteString
            return """
                Hola, \(name):

                \(kind == .scheduling ? "El equipo de citas" : "El equipo de atención") respondió una solicitud que usted hizo en el portal del paciente de \(config.hospitalName). Inicie sesión para verla: \(url)

                Este correo no contiene información de salud. No responda a este correo.
                """
        },
        enrollmentReceivedSubject: "Recibimos su solicitud del portal",
        enrollmentReceived: { config in
            """
            Hola:

            Recibimos su solicitud de una cuenta en el portal del paciente de \(config.hospitalName).

            Información de Salud revisa a mano cada solicitud. Si sus respuestas coinciden con los expedientes del hospital, recibirá una invitación por correo. La invitación puede tardar hasta 2 días hábiles.

            Si usted no envió esta solicitud, \(ContactText.spanish.reachHIM(config.himContact)).

            Este correo no contiene información de salud.
            """
        },
        enrollmentDecidedSubject: "Se actualizó una solicitud del portal",
        enrollmentRejected: { explanation, config in
            """
            Hola:

            Su solicitud de una cuenta en el portal del paciente de \(config.hospitalName) no fue aprobada.

            \(explanation)

            Para saber más, \(ContactText.spanish.reachHIM(config.himContact)). Puede enviar una nueva solicitud.

            Este correo no contiene información de salud.
            """
        },
        accountLockedSubject: "El inicio de sesión de su cuenta del portal está bloqueado",
        accountLocked: { isStaff, config in
            """
            Hola:

            Alguien intentó iniciar sesión en su cuenta del portal del paciente de \(config.hospitalName) con una contraseña o un código de seguridad incorrectos \(SignInThrottle.consecutiveFailuresBeforeLock) veces seguidas, así que el inicio de sesión de la cuenta está bloqueado. Hasta que se desbloquee, la página de inicio de sesión responde como si la contraseña fuera incorrecta, la escriba quien la escriba.

            \(isStaff ? "Pida a los administradores del portal que la desbloqueen." : "\(ContactText.spanish.startingSentence(config.himContact)); cuando confirmen que es usted, la desbloquearán. Si esos intentos no fueron suyos, elija una contraseña nueva después de iniciar sesión.")

            Este correo no contiene información de salud.
            """
        },
        passwordResetSubject: "Elija una contraseña nueva para su cuenta del portal",
        passwordReset: { link, config in
            """
            Hola:

            Alguien pidió elegir una contraseña nueva para su cuenta del portal del paciente de \(config.hospitalName). Si fue usted, abra este enlace antes de 30 minutos:

            \(link)

            El enlace sirve una sola vez. Si su cuenta tiene el inicio de sesión en dos pasos, también necesitará su aplicación de autenticación o un código de recuperación.

            Si usted no lo pidió, puede ignorar este correo: su contraseña no ha cambiado y nadie puede cambiarla sin este enlace.

            Este correo no contiene información de salud.
            """
        },
        passwordChangedSubject: "La contraseña de su cuenta del portal cambió",
        passwordChanged: { config in
            """
            Hola:

            La contraseña de su cuenta del portal del paciente de \(config.hospitalName) acaba de cambiar, y se cerró la sesión en cualquier otro dispositivo conectado a ella.

            Si fue usted, no tiene que hacer nada más. Si no fue usted, enseguida \(ContactText.spanish.reachHIM(config.himContact)): pueden cerrar la cuenta e invitarle a una nueva, sin perder ninguna información de salud.

            Este correo no contiene información de salud.
            """
        },
        newSignInSubject: "Nuevo inicio de sesión en su cuenta del portal",
        newSignIn: { when, browser, address, config in
            """
            Hola:

            Alguien inició sesión en su cuenta del portal del paciente de \(config.hospitalName) desde un navegador que la cuenta no había usado antes:

            Cuándo: \(when)
            Navegador: \(browser)
            Dirección de red: \(address)

            Si fue usted, no tiene que hacer nada.

            Si no fue usted, abra la página de actividad de la cuenta, cierre la sesión de ese navegador y pulse "No fui yo: avisar a Información de Salud": Información de Salud se enterará enseguida. Después elija una contraseña nueva.

            \(config.publicURL.absoluteString)\(Routes.accountActivity())

            Si lo prefiere, \(ContactText.spanish.reachHIM(config.himContact)).

            Este correo no contiene información de salud.
            """
        },
        unknownBrowser: "un navegador que no dijo cuál es",
        emailCodeSubject: "Su código de seguridad del portal",
        emailCode: { code, config in
            """
            Hola:

            Su código de seguridad para el portal del paciente de \(config.hospitalName) es:

            \(code)

            Sirve una sola vez, durante 10 minutos. El portal nunca se lo pedirá por teléfono ni por correo.

            Si usted no intentó iniciar sesión ni cambiar su cuenta hace un momento, alguien podría conocer su contraseña: elija una nueva y \(ContactText.spanish.reachHIM(config.himContact)).

            Este correo no contiene información de salud.
            """
        },
        emailChangeSubject: "Confirme su correo electrónico nuevo para el portal",
        emailChangeConfirm: { link, config in
            """
            Hola:

            Alguien pidió usar esta dirección para iniciar sesión en el portal del paciente de \(config.hospitalName) y recibir sus avisos. Si fue usted, abra este enlace antes de 24 horas y confirme:

            \(link)

            Si usted no lo pidió, ignore este correo: nada cambia sin el enlace.

            Este correo no contiene información de salud.
            """
        },
        emailChangeAddressInUse: { config in
            """
            Hola:

            Alguien pidió usar esta dirección para iniciar sesión en una cuenta del portal del paciente de \(config.hospitalName). Esta dirección no puede usarse para esa cuenta: ya pertenece a una cuenta del portal, o no puede compartirse con ella. No se cambió nada.

            Si usted no lo pidió, ignore este correo.

            Este correo no contiene información de salud.
            """
        },
        emailChangeNoticeSubject: "El correo electrónico de su cuenta del portal",
        emailChangeRequested: { newAddress, config in
            """
            Hola:

            Alguien con la sesión abierta en su cuenta del portal del paciente de \(config.hospitalName) pidió cambiar su correo electrónico a \(newAddress). El cambio solo ocurre cuando se abre el enlace enviado a esa dirección.

            Si no fue usted, enseguida \(ContactText.spanish.reachHIM(config.himContact)).

            Este correo no contiene información de salud.
            """
        },
        emailChangeDone: { newAddress, config in
            """
            Hola:

            Su cuenta del portal del paciente de \(config.hospitalName) ahora inicia sesión con \(newAddress) y sus avisos llegan allí. Esta dirección no recibirá nada más del portal.

            Si no fue usted, enseguida \(ContactText.spanish.reachHIM(config.himContact)).

            Este correo no contiene información de salud.
            """
        },
        staffInvitationSubject: "Su cuenta del personal en el portal del paciente",
        staffInvitation: { link, config in
            """
            Hola:

            Un administrador le creó una cuenta del personal en el portal del paciente de \(config.hospitalName). Abra este enlace antes de 7 días para elegir su contraseña:

            \(link)

            Después configurará una aplicación de autenticación en su teléfono: las cuentas del personal siempre inician sesión con una. El enlace sirve una sola vez. Si no esperaba este correo, avise a los administradores del portal.
            """
        },
        securityChangeSubject: "Un cambio de seguridad en su cuenta del portal",
        securityChange: { change, config in
            let what =
                switch change {
                case .secondFactorOn:
                    "Se activó el inicio de sesión en dos pasos y se crearon códigos de recuperación nuevos."
                case .secondFactorOff:
                    "Se desactivó el inicio de sesión en dos pasos: ahora basta la contraseña para iniciar sesión."
                case .newRecoveryCodes: "Se crearon códigos de recuperación nuevos; los anteriores ya no sirven."
                case .secondFactorReset:
                    "Un administrador restableció su segundo factor: configurará una aplicación de autenticación al iniciar sesión."
                case .roleChanged: "Un administrador cambió su función en el portal."
                }
            return """
                Hola:

                \(what)

                Si no esperaba este cambio, enseguida \(ContactText.spanish.reachHIM(config.himContact)).

                Este correo no contiene información de salud.
                """
        }
    )
}
