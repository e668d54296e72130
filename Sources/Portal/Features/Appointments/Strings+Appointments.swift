import PortalCore

extension Strings {
    enum Appointments {
        static let title = LocalizedText(en: "Appointments", es: "Citas")
        static func titleOf(_ name: String) -> LocalizedText {
            LocalizedText(en: "Appointments for \(name)", es: "Citas de \(name)")
        }
        static let upcoming = LocalizedText(en: "Upcoming", es: "Próximas")
        static let upcomingAppointments = LocalizedText(en: "Upcoming appointments", es: "Próximas citas")
        static let past = LocalizedText(en: "Past and cancelled", es: "Pasadas y canceladas")
        static let noUpcoming = LocalizedText(en: "No upcoming appointments.", es: "No hay citas próximas.")
        static let noPast = LocalizedText(en: "No past appointments.", es: "No hay citas pasadas.")
        static func timesIn(_ zone: String) -> LocalizedText {
            LocalizedText(
                en: "All times are \(zone), the hospital's time.", es: "Todas las horas son \(zone), la hora del hospital.")
        }
        static let video = LocalizedText(en: "Video visit", es: "Visita por video")
        static let inPerson = LocalizedText(en: "In person", es: "En persona")
        static func with(_ clinician: String) -> LocalizedText { LocalizedText(en: "with \(clinician)", es: "con \(clinician)") }
        static func status(_ status: String) -> LocalizedText {
            switch status {
            case "booked", "pending", "proposed": LocalizedText(en: "Scheduled", es: "Programada")
            case "arrived", "checked-in": LocalizedText(en: "Checked in", es: "Registrada")
            case "fulfilled": LocalizedText(en: "Completed", es: "Realizada")
            case "cancelled": LocalizedText(en: "Cancelled", es: "Cancelada")
            case "noshow": LocalizedText(en: "Missed", es: "No asistió")
            case "waitlist": LocalizedText(en: "On the waiting list", es: "En lista de espera")
            default: LocalizedText(en: "Unknown", es: "Desconocido")
            }
        }
        static let cancelRequestedTag = LocalizedText(en: "Cancellation requested", es: "Cancelación solicitada")
        static let backToList = LocalizedText(en: "All appointments", es: "Todas las citas")

        // One appointment
        static let when = LocalizedText(en: "When", es: "Cuándo")
        static let department = LocalizedText(en: "Department", es: "Departamento")
        static let clinician = LocalizedText(en: "Clinician", es: "Profesional")
        static let kind = LocalizedText(en: "Type of visit", es: "Tipo de visita")
        static let statusLabel = LocalizedText(en: "Status", es: "Estado")
        static let whatToBring = LocalizedText(en: "Before the visit", es: "Antes de la visita")
        static let defaultBring = LocalizedText(
            en: "Bring your child's insurance card, a list of the medicines they take, and any forms you need filled in.",
            es:
                "Traiga la tarjeta del seguro de su hijo o hija, una lista de los medicamentos que toma y los formularios que necesite llenar."
        )
        static let whereLabel = LocalizedText(en: "Where", es: "Dónde")
        static let map = LocalizedText(en: "Open in a map", es: "Abrir en un mapa")
        static let phone = LocalizedText(en: "Department phone", es: "Teléfono del departamento")
        static let addToCalendar = LocalizedText(en: "Add to calendar", es: "Agregar al calendario")
        static let calendarHint = LocalizedText(
            en: "The calendar file holds the department, the time and the place, never the reason for the visit.",
            es: "El archivo de calendario contiene el departamento, la hora y el lugar, nunca el motivo de la visita.")
        static func calendarSummary(_ department: String) -> LocalizedText {
            LocalizedText(en: "Appointment: \(department)", es: "Cita: \(department)")
        }

        // Cancelling
        static let cancelHeading = LocalizedText(en: "Cancel this appointment", es: "Cancelar esta cita")
        static func cancelUntil(_ deadline: String) -> LocalizedText {
            LocalizedText(
                en: "You can ask to cancel here until \(deadline). The scheduling team confirms it.",
                es: "Puede pedir la cancelación aquí hasta el \(deadline). El equipo de citas la confirma.")
        }
        static let cancelReason = LocalizedText(en: "Why are you cancelling?", es: "¿Por qué cancela?")
        static let cancelReasonHint = LocalizedText(
            en: "For the scheduling team, up to 500 characters. For example: a schedule conflict, or the child is better.",
            es: "Para el equipo de citas, hasta 500 caracteres. Por ejemplo: un conflicto de horario, o su hijo ya está mejor.")
        static let cancelButton = LocalizedText(en: "Ask to cancel", es: "Pedir la cancelación")
        static let cancelReasonMissing = LocalizedText(
            en: "Say in a few words why you are cancelling.", es: "Diga en pocas palabras por qué cancela.")
        static let cancelReasonTooLong = LocalizedText(
            en: "The reason is longer than 500 characters.", es: "El motivo tiene más de 500 caracteres.")
        static func tooLateToCancel(_ deadline: String, phone: String?) -> LocalizedText {
            let call = phone.map { " at \($0)" } ?? ""
            let llame = phone.map { " al \($0)" } ?? ""
            return LocalizedText(
                en: "It is too late to cancel in the portal: the deadline was \(deadline). Please call the department\(call).",
                es: "Ya no se puede cancelar en el portal: el plazo terminó el \(deadline). Llame al departamento\(llame).")
        }
        static let visitOver = LocalizedText(
            en: "This visit has passed or was cancelled.", es: "Esta visita ya pasó o fue cancelada.")
        static let cannotCancel = LocalizedText(
            en: "This appointment can no longer be cancelled.", es: "Esta cita ya no se puede cancelar.")
        static func cancelRequested(_ when: String) -> LocalizedText {
            LocalizedText(
                en: "You asked to cancel this appointment on \(when). The scheduling team will confirm it.",
                es: "Pidió cancelar esta cita el \(when). El equipo de citas lo confirmará.")
        }
        static let cancelSent = LocalizedText(
            en: "Your cancellation request was sent to the scheduling team.",
            es: "Su solicitud de cancelación se envió al equipo de citas.")

        // Interpreter
        static let interpreterHeading = LocalizedText(en: "Interpreter", es: "Intérprete")
        static let interpreterIntro = LocalizedText(
            en: "Free of charge, in person or by video. Write the language and the scheduling team arranges it.",
            es: "Gratuito, en persona o por video. Escriba el idioma y el equipo de citas lo programa.")
        static let interpreterLanguage = LocalizedText(en: "Language", es: "Idioma")
        static let askInterpreter = LocalizedText(en: "Ask for an interpreter", es: "Pedir un intérprete")
        static let interpreterMissing = LocalizedText(
            en: "Write the language, in at most 40 characters.", es: "Escriba el idioma, en 40 caracteres como máximo.")
        static func interpreterRequested(_ language: String) -> LocalizedText {
            LocalizedText(
                en: "You asked for an interpreter (\(language)). The scheduling team arranges it.",
                es: "Pidió un intérprete (\(language)). El equipo de citas lo programa.")
        }
        static func interpreterArranged(_ language: String) -> LocalizedText {
            LocalizedText(
                en: "An interpreter (\(language)) is arranged for this visit.",
                es: "Hay un intérprete (\(language)) programado para esta visita.")
        }
        static func interpreterNotArranged(_ language: String, note: String) -> LocalizedText {
            LocalizedText(
                en: "The scheduling team could not arrange an interpreter (\(language)): \(note)",
                es: "El equipo de citas no pudo programar un intérprete (\(language)): \(note)")
        }

        // Video
        static let videoHeading = LocalizedText(en: "Video visit", es: "Visita por video")
        static let join = LocalizedText(en: "Join video visit", es: "Unirse a la visita por video")
        static let joinOpen = LocalizedText(
            en: "The visit room is open. Join from a quiet place with your child.",
            es: "La sala de la visita está abierta. Únase desde un lugar tranquilo con su hijo o hija.")
        static func opensAt(_ time: String, in countdown: String) -> LocalizedText {
            LocalizedText(
                en: "The Join button appears at \(time), \(countdown) from now. Reload this page then.",
                es: "El botón para unirse aparece a las \(time), dentro de \(countdown). Vuelva a cargar esta página entonces.")
        }
        static let visitEnded = LocalizedText(
            en: "This video visit has ended. The room is closed.", es: "Esta visita por video terminó. La sala está cerrada.")
        static let testCamera = LocalizedText(
            en: "Test your camera and microphone", es: "Pruebe su cámara y su micrófono")
        static let notConfigured = LocalizedText(
            en: "This department's video rooms are not set up yet. Please call the department.",
            es: "Las salas de video de este departamento aún no están configuradas. Llame al departamento.")
        static func joinNotYet(_ time: String) -> LocalizedText {
            LocalizedText(
                en: "The visit room opens at \(time). Please come back then.",
                es: "La sala de la visita abre a las \(time). Vuelva entonces.")
        }
        static let joinNotVideo = LocalizedText(
            en: "This appointment is an in-person visit.", es: "Esta cita es una visita en persona.")

        // Guests
        static let guestsHeading = LocalizedText(
            en: "Invite someone to the video visit", es: "Invitar a alguien a la visita por video")
        static let guestsIntro = LocalizedText(
            en:
                "Another parent or an interpreter can join with a link of their own. It works once, only while the room is open, and you can cancel it.",
            es:
                "Otro padre, madre o un intérprete puede unirse con un enlace propio. Funciona una vez, solo mientras la sala está abierta, y usted puede anularlo."
        )
        static let guestName = LocalizedText(en: "Who is it for?", es: "¿Para quién es?")
        static let guestNameHint = LocalizedText(
            en: "For example: Dad, or Interpreter (Spanish). Up to 60 characters.",
            es: "Por ejemplo: Papá, o Intérprete (español). Hasta 60 caracteres.")
        static let guestNameMissing = LocalizedText(
            en: "Say who the link is for, so you can tell links apart.",
            es: "Diga para quién es el enlace, para distinguir los enlaces.")
        static let makeGuestLink = LocalizedText(en: "Make a guest link", es: "Crear un enlace de invitado")
        static func guestLinkMade(_ name: String) -> LocalizedText {
            LocalizedText(
                en: "Here is the link for \(name). Copy it now and send it to them yourself: it is shown only once.",
                es: "Este es el enlace para \(name). Cópielo ahora y envíeselo usted: solo se muestra una vez.")
        }
        static let guestUnused = LocalizedText(en: "Not used yet", es: "Aún no usado")
        static func guestUsed(_ when: String) -> LocalizedText { LocalizedText(en: "Used \(when)", es: "Usado: \(when)") }
        static func guestRevoked(_ when: String) -> LocalizedText {
            LocalizedText(en: "Cancelled \(when)", es: "Anulado: \(when)")
        }
        static let revoke = LocalizedText(en: "Cancel this link", es: "Anular este enlace")
        static let guestLimit = LocalizedText(
            en: "A visit can have at most 3 guest links.", es: "Una visita puede tener como máximo 3 enlaces de invitado.")

        // A guest's link
        static let guestTitle = LocalizedText(en: "Video visit", es: "Visita por video")
        static let guestUsedUp = LocalizedText(
            en: "This link has already been used. Ask the family for a new one.",
            es: "Este enlace ya se usó. Pida uno nuevo a la familia.")
        static let guestCancelled = LocalizedText(
            en: "This link was cancelled by the family.", es: "La familia anuló este enlace.")
        static let guestUnknown = LocalizedText(
            en: "This link does not work. Check that it was copied whole, or ask the family for a new one.",
            es: "Este enlace no funciona. Revise que se copió completo o pida uno nuevo a la familia.")

        // Camera check
        static let checkTitle = LocalizedText(
            en: "Test your camera and microphone", es: "Pruebe su cámara y su micrófono")
        static let checkIntro = LocalizedText(
            en:
                "Press “Start the test”. Your browser asks to use the camera and the microphone; allow it. Nothing is recorded or sent anywhere: the picture and the sound stay on this device.",
            es:
                "Presione «Comenzar la prueba». Su navegador pedirá usar la cámara y el micrófono; permítalo. No se graba ni se envía nada: la imagen y el sonido se quedan en este dispositivo."
        )
        static let checkStart = LocalizedText(en: "Start the test", es: "Comenzar la prueba")
        static let checkNeedsScript = LocalizedText(
            en:
                "This test needs JavaScript. Without it, you can still join: the video platform checks your camera when you enter the room.",
            es:
                "Esta prueba necesita JavaScript. Sin él, igual puede unirse: la plataforma de video revisa su cámara al entrar en la sala."
        )
        static let checkTips = LocalizedText(en: "Before the visit", es: "Antes de la visita")
        static let checkTipList = [
            LocalizedText(
                en: "Use a phone, tablet or computer with a camera, charged or plugged in.",
                es: "Use un teléfono, tableta o computadora con cámara, cargado o enchufado."),
            LocalizedText(
                en: "Find a quiet, private, well-lit place.", es: "Busque un lugar tranquilo, privado y bien iluminado."),
            LocalizedText(
                en: "Have your child's medicines and any questions at hand.",
                es: "Tenga a mano los medicamentos de su hijo o hija y sus preguntas."),
        ]
        static let checkWorking = LocalizedText(
            en: "Your camera and microphone work. Speak and watch the level move.",
            es: "Su cámara y su micrófono funcionan. Hable y mire cómo se mueve el nivel.")
        static let checkDenied = LocalizedText(
            en:
                "The browser could not use the camera or the microphone. Allow them in the browser's settings for this site, or try another browser.",
            es:
                "El navegador no pudo usar la cámara o el micrófono. Permítalos en la configuración del navegador para este sitio o pruebe otro navegador."
        )
        static let checkCamera = LocalizedText(en: "Camera", es: "Cámara")
        static let checkMicrophone = LocalizedText(en: "Microphone level", es: "Nivel del micrófono")
        static func countdown(minutes: Int) -> LocalizedText {
            let days = minutes / 1440
            let hours = (minutes % 1440) / 60
            let rest = minutes % 60
            if days > 0 {
                return days == 1 ? LocalizedText(en: "1 day", es: "1 día") : LocalizedText(en: "\(days) days", es: "\(days) días")
            }
            func h(_ n: Int) -> LocalizedText {
                n == 1 ? LocalizedText(en: "1 hour", es: "1 hora") : LocalizedText(en: "\(n) hours", es: "\(n) horas")
            }
            func m(_ n: Int) -> LocalizedText {
                n == 1 ? LocalizedText(en: "1 minute", es: "1 minuto") : LocalizedText(en: "\(n) minutes", es: "\(n) minutos")
            }
            if hours == 0 { return m(max(rest, 1)) }
            if rest == 0 { return h(hours) }
            return LocalizedText(en: "\(h(hours).english) \(m(rest).english)", es: "\(h(hours).spanish) y \(m(rest).spanish)")
        }
    }
}
