import PortalCore

extension MessagingText {
    static let spanish = MessagingText(
        yourUnsentReply: "Su respuesta, sin enviar",
        inboxTitle: "Mensajes",
        threadsOf: { name in "Mensajes sobre \(name)" },
        inboxIntro: "Conversaciones con el equipo de atención. Las conversaciones sin leer aparecen primero.",
        noThreads: "Todavía no hay conversaciones.",
        searchLabel: "Buscar en sus mensajes",
        searchButton: "Buscar",
        noMatches: "Ninguna conversación contiene esas palabras.",
        write: "Escribir al equipo de atención",
        chooseWhoAbout: "¿Sobre quién es su mensaje?",
        noPatients: "Todavía no puede enviar mensajes: no hay ningún expediente vinculado a su cuenta.",
        unreadCount: { count in
            count == 1
                ? "1 conversación sin leer"
                : "\(count) conversaciones sin leer"
        },
        openInbox: "Leer sus mensajes",
        unread: "Sin leer",
        closed: "Cerrada",
        restricted: "Restringida",
        about: { name in "Sobre \(name)" },
        messageCount: { count in
            count == 1
                ? "1 mensaje"
                : "\(count) mensajes"
        },
        lastMessage: { when in "Último mensaje: \(when)" },
        composeTitle: { name in "Mensaje nuevo sobre \(name)" },
        emergencyHeading: "No es para emergencias",
        emergency:
            "Los mensajes se leen en horario laboral. En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana.",
        expectReply: { days, date in
            days == 1
                ? "Espere una respuesta en 1 día hábil (antes del \(date))."
                : "Espere una respuesta en \(days) días hábiles (antes del \(date))."
        },
        recipient: "Enviar a",
        recipientHint:
            "Las preguntas sobre lo que escribió un profesional van al equipo de atención. Las preguntas sobre el expediente van a Administración de Información de Salud.",
        responseTime: { days in
            days == 1
                ? "responde en 1 día hábil"
                : "responde en \(days) días hábiles"
        },
        himOption: "Una pregunta sobre el expediente (Administración de Información de Salud)",
        subject: "Asunto",
        message: "Mensaje",
        messageHint: "Hasta 10.000 caracteres.",
        send: "Enviar mensaje",
        confidentialToTeen: "Solo usted y el equipo de atención verán esta conversación. Sus padres no.",
        seenByProxies:
            "Los padres y tutores con acceso a este expediente también ven esta conversación; la cuenta propia del paciente no.",
        noRecipients:
            "Todavía no hay un equipo de atención configurado para mensajes sobre este paciente. Llame a la clínica o escriba a Administración de Información de Salud sobre el expediente.",
        problem: { problem in
            switch problem {
            case .subjectMissing: "Escriba un asunto."
            case .subjectTooLong:
                "El asunto puede tener como máximo \(MessageText.subjectLimit) caracteres."
            case .bodyMissing: "Escriba su mensaje."
            case .bodyTooLong:
                "El mensaje puede tener como máximo 10.000 caracteres. Divídalo en dos mensajes."
            }
        },
        attachments: "Adjuntar archivos (opcional)",
        attachmentsHint: "Hasta 3 fotos (JPEG, PNG, HEIC) o documentos PDF, de 10 MB cada uno.",
        eachFileLimit: "Cada archivo puede ocupar 10 MB como máximo. Elija uno más pequeño.",
        fileCountLimit: "Adjunte como máximo 3 archivos a un mensaje.",
        tooManyFiles: "Adjunte como máximo 3 archivos a un mensaje. Su mensaje no se envió; vuelva a elegir los archivos.",
        fileRefused: { name, refusal in
            let again = "Su mensaje no se envió; se conserva abajo. Vuelva a elegir los archivos."
            let reason: String =
                switch refusal {
                case .empty: "\(name) está vacío."
                case .tooLarge:
                    "\(name) ocupa más de 10 MB."
                case .unsupportedKind:
                    "\(name) no es una foto JPEG, PNG o HEIC ni un documento PDF."
                case .unreadableImage:
                    "\(name) no se pudo leer como foto."
                }
            return "\(reason) \(again)"
        },
        attachment: { name, kilobytes in "\(name) (\(kilobytes) KB)" },
        chooseRecipient: "Elija quién debe recibir el mensaje.",
        recipientNotAvailable: "Ese equipo no recibe mensajes sobre este paciente. Elija uno de los equipos de la lista.",
        fixBelow: "Su mensaje no se envió. Corrija lo que se indica abajo; lo que escribió se conserva.",
        backToInbox: "Todos los mensajes",
        with: "Con",
        you: "Usted",
        staffAuthor: { name, team in "\(name), \(team)" },
        unnamedCareTeam: "Equipo de atención",
        readByCareTeam: "Leído por el equipo de atención",
        notYetRead: "Todavía no leído",
        reply: "Responder",
        yourReply: "Su respuesta",
        sendReply: "Enviar respuesta",
        sent: "Su mensaje se envió.",
        threadClosed: "El equipo de atención cerró esta conversación. Para preguntar algo más, escriba un mensaje nuevo.",
        closedWhileTyping:
            "El equipo de atención cerró esta conversación, así que su respuesta no se envió. Su texto está abajo: envíelo como un mensaje nuevo.",
        yourUnsentText: "Su texto, no enviado (cópielo para conservarlo)",
        startNew: "Escribir un mensaje nuevo"
    )
}
