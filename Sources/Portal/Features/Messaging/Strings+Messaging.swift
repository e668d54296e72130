import PortalCore

extension Strings {
    enum Messaging {
        static let inboxTitle = LocalizedText(en: "Messages", es: "Mensajes")
        static func threadsOf(_ name: String) -> LocalizedText {
            LocalizedText(en: "Messages about \(name)", es: "Mensajes sobre \(name)")
        }
        static let inboxIntro = LocalizedText(
            en: "Conversations with the care team. Unread conversations are listed first.",
            es: "Conversaciones con el equipo de atención. Las conversaciones sin leer aparecen primero.")
        static let noThreads = LocalizedText(
            en: "There are no conversations yet.", es: "Todavía no hay conversaciones.")
        static let searchLabel = LocalizedText(en: "Search your messages", es: "Buscar en sus mensajes")
        static let searchButton = LocalizedText(en: "Search", es: "Buscar")
        static let noMatches = LocalizedText(
            en: "No conversation contains those words.", es: "Ninguna conversación contiene esas palabras.")
        static let write = LocalizedText(en: "Write to the care team", es: "Escribir al equipo de atención")
        static let chooseWhoAbout = LocalizedText(
            en: "Who is your message about?", es: "¿Sobre quién es su mensaje?")
        static let noPatients = LocalizedText(
            en: "You cannot send messages yet: no record is linked to your account.",
            es: "Todavía no puede enviar mensajes: no hay ningún expediente vinculado a su cuenta.")
        static func unreadCount(_ count: Int) -> LocalizedText {
            count == 1
                ? LocalizedText(en: "1 unread conversation", es: "1 conversación sin leer")
                : LocalizedText(en: "\(count) unread conversations", es: "\(count) conversaciones sin leer")
        }
        static let openInbox = LocalizedText(en: "Read your messages", es: "Leer sus mensajes")
        static let unread = LocalizedText(en: "Unread", es: "Sin leer")
        static let closed = LocalizedText(en: "Closed", es: "Cerrada")
        static let restricted = LocalizedText(en: "Restricted", es: "Restringida")
        static func about(_ name: String) -> LocalizedText { LocalizedText(en: "About \(name)", es: "Sobre \(name)") }
        static func messageCount(_ count: Int) -> LocalizedText {
            count == 1
                ? LocalizedText(en: "1 message", es: "1 mensaje")
                : LocalizedText(en: "\(count) messages", es: "\(count) mensajes")
        }
        static func lastMessage(_ when: String) -> LocalizedText {
            LocalizedText(en: "Last message \(when)", es: "Último mensaje: \(when)")
        }

        // Compose
        static func composeTitle(_ name: String) -> LocalizedText {
            LocalizedText(en: "New message about \(name)", es: "Mensaje nuevo sobre \(name)")
        }
        static let emergencyHeading = LocalizedText(en: "Not for emergencies", es: "No es para emergencias")
        static let emergency = LocalizedText(
            en: "Messages are read during business hours. In an emergency, call 911 or go to the nearest emergency room.",
            es:
                "Los mensajes se leen en horario laboral. En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana."
        )
        static func expectReply(days: Int, by date: String) -> LocalizedText {
            days == 1
                ? LocalizedText(
                    en: "Expect a reply within 1 business day (by \(date)).",
                    es: "Espere una respuesta en 1 día hábil (antes del \(date)).")
                : LocalizedText(
                    en: "Expect a reply within \(days) business days (by \(date)).",
                    es: "Espere una respuesta en \(days) días hábiles (antes del \(date)).")
        }
        static let recipient = LocalizedText(en: "Send to", es: "Enviar a")
        static let recipientHint = LocalizedText(
            en:
                "Questions about what a clinician wrote go to the care team. Questions about the record itself go to Health Information Management.",
            es:
                "Las preguntas sobre lo que escribió un profesional van al equipo de atención. Las preguntas sobre el expediente van a Administración de Información de Salud."
        )
        static func responseTime(_ days: Int) -> LocalizedText {
            days == 1
                ? LocalizedText(en: "replies within 1 business day", es: "responde en 1 día hábil")
                : LocalizedText(en: "replies within \(days) business days", es: "responde en \(days) días hábiles")
        }
        static let himOption = LocalizedText(
            en: "A question about records (Health Information Management)",
            es: "Una pregunta sobre el expediente (Administración de Información de Salud)")
        static let subject = LocalizedText(en: "Subject", es: "Asunto")
        static let message = LocalizedText(en: "Message", es: "Mensaje")
        static let messageHint = LocalizedText(en: "Up to 10,000 characters.", es: "Hasta 10.000 caracteres.")
        static let send = LocalizedText(en: "Send message", es: "Enviar mensaje")
        static let confidentialToTeen = LocalizedText(
            en: "Only you and the care team will see this conversation. Your parents will not.",
            es: "Solo usted y el equipo de atención verán esta conversación. Sus padres no.")
        static let seenByProxies = LocalizedText(
            en:
                "Parents and guardians with access to this record also see this conversation; the patient's own account does not.",
            es:
                "Los padres y tutores con acceso a este expediente también ven esta conversación; la cuenta propia del paciente no."
        )
        static let noRecipients = LocalizedText(
            en:
                "No care team is set up for messages about this patient yet. Call the clinic, or write to Health Information Management about records.",
            es:
                "Todavía no hay un equipo de atención configurado para mensajes sobre este paciente. Llame a la clínica o escriba a Administración de Información de Salud sobre el expediente."
        )

        static func problem(_ problem: MessageText.Problem) -> LocalizedText {
            switch problem {
            case .subjectMissing: LocalizedText(en: "Write a subject.", es: "Escriba un asunto.")
            case .subjectTooLong:
                LocalizedText(
                    en: "The subject can be at most \(MessageText.subjectLimit) characters.",
                    es: "El asunto puede tener como máximo \(MessageText.subjectLimit) caracteres.")
            case .bodyMissing: LocalizedText(en: "Write your message.", es: "Escriba su mensaje.")
            case .bodyTooLong:
                LocalizedText(
                    en: "The message can be at most 10,000 characters. Split it into two messages.",
                    es: "El mensaje puede tener como máximo 10.000 caracteres. Divídalo en dos mensajes.")
            }
        }
        static let attachments = LocalizedText(en: "Attach files (optional)", es: "Adjuntar archivos (opcional)")
        static let attachmentsHint = LocalizedText(
            en: "Up to 3 photos (JPEG, PNG, HEIC) or PDF documents, 10 MB each.",
            es: "Hasta 3 fotos (JPEG, PNG, HEIC) o documentos PDF, de 10 MB cada uno.")
        static let eachFileLimit = LocalizedText(
            en: "Each file can be at most 10 MB. Choose a smaller one.",
            es: "Cada archivo puede ocupar 10 MB como máximo. Elija uno más pequeño.")
        static let fileCountLimit = LocalizedText(
            en: "Attach at most 3 files to one message.", es: "Adjunte como máximo 3 archivos a un mensaje.")
        static let tooManyFiles = LocalizedText(
            en: "Attach at most 3 files to one message. Your message was not sent; choose the files again.",
            es: "Adjunte como máximo 3 archivos a un mensaje. Su mensaje no se envió; vuelva a elegir los archivos.")
        static func fileRefused(_ name: String, _ refusal: DocumentVault.Refusal) -> LocalizedText {
            let again = LocalizedText(
                en: "Your message was not sent; it is kept below. Choose the files again.",
                es: "Su mensaje no se envió; se conserva abajo. Vuelva a elegir los archivos.")
            let reason: LocalizedText =
                switch refusal {
                case .empty: LocalizedText(en: "\(name) is empty.", es: "\(name) está vacío.")
                case .tooLarge:
                    LocalizedText(en: "\(name) is larger than 10 MB.", es: "\(name) ocupa más de 10 MB.")
                case .unsupportedKind:
                    LocalizedText(
                        en: "\(name) is not a JPEG, PNG or HEIC photo or a PDF document.",
                        es: "\(name) no es una foto JPEG, PNG o HEIC ni un documento PDF.")
                case .unreadableImage:
                    LocalizedText(en: "\(name) could not be read as a photo.", es: "\(name) no se pudo leer como foto.")
                }
            return LocalizedText(en: "\(reason(.english)) \(again(.english))", es: "\(reason(.spanish)) \(again(.spanish))")
        }
        static func attachment(_ name: String, kilobytes: Int) -> LocalizedText {
            LocalizedText(en: "\(name) (\(kilobytes) KB)", es: "\(name) (\(kilobytes) KB)")
        }
        static let chooseRecipient = LocalizedText(
            en: "Choose who should receive the message.", es: "Elija quién debe recibir el mensaje.")
        static let recipientNotAvailable = LocalizedText(
            en: "That team does not take messages about this patient. Choose one of the teams listed.",
            es: "Ese equipo no recibe mensajes sobre este paciente. Elija uno de los equipos de la lista.")
        static let fixBelow = LocalizedText(
            en: "Your message was not sent. Please fix what is marked below; what you typed is kept.",
            es: "Su mensaje no se envió. Corrija lo que se indica abajo; lo que escribió se conserva.")

        // Thread
        static let backToInbox = LocalizedText(en: "All messages", es: "Todos los mensajes")
        static let with = LocalizedText(en: "With", es: "Con")
        static let you = LocalizedText(en: "You", es: "Usted")
        static func staffAuthor(_ name: String, _ team: String) -> LocalizedText {
            LocalizedText(en: "\(name), \(team)", es: "\(name), \(team)")
        }
        static let readByCareTeam = LocalizedText(en: "Read by the care team", es: "Leído por el equipo de atención")
        static let notYetRead = LocalizedText(en: "Not read yet", es: "Todavía no leído")
        static let reply = LocalizedText(en: "Reply", es: "Responder")
        static let yourReply = LocalizedText(en: "Your reply", es: "Su respuesta")
        static let sendReply = LocalizedText(en: "Send reply", es: "Enviar respuesta")
        static let sent = LocalizedText(en: "Your message was sent.", es: "Su mensaje se envió.")
        static let threadClosed = LocalizedText(
            en: "The care team closed this conversation. To ask something more, start a new message.",
            es: "El equipo de atención cerró esta conversación. Para preguntar algo más, escriba un mensaje nuevo.")
        static let closedWhileTyping = LocalizedText(
            en:
                "The care team closed this conversation, so your reply was not sent. Your text is below: send it as a new message.",
            es:
                "El equipo de atención cerró esta conversación, así que su respuesta no se envió. Su texto está abajo: envíelo como un mensaje nuevo."
        )
        static let yourUnsentText = LocalizedText(
            en: "Your text, not sent (copy it to keep it)", es: "Su texto, no enviado (cópielo para conservarlo)")
        static let startNew = LocalizedText(en: "Start a new message", es: "Escribir un mensaje nuevo")
        static func replySubject(_ subject: String) -> String { "Re: \(subject)" }
    }
}
