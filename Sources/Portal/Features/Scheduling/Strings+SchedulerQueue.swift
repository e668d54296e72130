import PortalCore

extension Strings {
    enum SchedulerQueue {
        static let title = LocalizedText(en: "Scheduling requests", es: "Solicitudes de citas")
        static let intro = LocalizedText(
            en: "Requests from families for the departments you schedule for, oldest first.",
            es: "Solicitudes de las familias para los departamentos que usted programa, las más antiguas primero.")
        static let noDepartments = LocalizedText(
            en: "You do not schedule for any department yet. An administrator can add you.",
            es: "Todavía no programa citas para ningún departamento. Un administrador puede agregarle.")
        static func waiting(_ count: Int, late: Int) -> LocalizedText {
            LocalizedText(en: "\(count) waiting, \(late) late", es: "\(count) en espera, \(late) atrasadas")
        }
        static func schedulerCount(_ count: Int) -> LocalizedText {
            count == 1
                ? LocalizedText(en: "1 scheduler", es: "1 programador")
                : LocalizedText(en: "\(count) schedulers", es: "\(count) programadores")
        }
        static let allDepartments = LocalizedText(en: "All departments", es: "Todos los departamentos")
        static let nothingWaiting = LocalizedText(en: "Nothing is waiting.", es: "No hay nada en espera.")
        static let patient = LocalizedText(en: "Patient", es: "Paciente")
        static let request = LocalizedText(en: "Request", es: "Solicitud")
        static let waited = LocalizedText(en: "Waiting", es: "Espera")
        static let received = LocalizedText(en: "Received", es: "Recibida")
        static func businessDays(_ days: Int) -> LocalizedText {
            days == 1
                ? LocalizedText(en: "1 business day", es: "1 día hábil")
                : LocalizedText(en: "\(days) business days", es: "\(days) días hábiles")
        }
        static let late = LocalizedText(en: "Late", es: "Atrasada")
        static let newAppointment = LocalizedText(en: "New appointment", es: "Cita nueva")
        static let cancellation = LocalizedText(en: "Cancellation", es: "Cancelación")
        static let interpreter = LocalizedText(en: "Interpreter for a visit", es: "Intérprete para una visita")
        static let appointmentForInterpreter = LocalizedText(en: "Appointment", es: "Cita")
        static let confirmInterpreter = LocalizedText(
            en: "The interpreter is arranged", es: "El intérprete está programado")
        static let cannotArrange = LocalizedText(
            en: "Cannot arrange one (explain why below)", es: "No se puede programar (explique por qué abajo)")
        static let interpreterArranged = LocalizedText(en: "Interpreter arranged.", es: "Intérprete programado.")
        static func interpreterNeeded(_ language: String) -> LocalizedText {
            LocalizedText(en: "Interpreter: \(language)", es: "Intérprete: \(language)")
        }

        // One request
        static let backToQueue = LocalizedText(en: "Back to the queue", es: "Volver a la lista")
        static let requestedBy = LocalizedText(en: "Requested by", es: "Solicitada por")
        static let appointmentToCancel = LocalizedText(en: "Appointment to cancel", es: "Cita a cancelar")
        static let cancelReason = LocalizedText(en: "Family's reason", es: "Motivo de la familia")
        static let answered = LocalizedText(
            en: "This request has been answered.", es: "Esta solicitud ya fue respondida.")
        static let book = LocalizedText(en: "Book an appointment", es: "Programar una cita")
        static let offer = LocalizedText(en: "Offer other times", es: "Ofrecer otros horarios")
        static let offerHint = LocalizedText(
            en: "Up to three times the family can pick from; their pick is booked at once, so hold these slots.",
            es:
                "Hasta tres horarios para que la familia elija; su elección queda programada enseguida, así que reserve esos horarios."
        )
        static let decline = LocalizedText(en: "Decline", es: "Rechazar")
        static let declineNote = LocalizedText(
            en: "Reason, for the family", es: "Motivo, para la familia")
        static let declineHint = LocalizedText(
            en: "The family reads this. No diagnosis; say what they can do instead.",
            es: "La familia lo lee. Sin diagnósticos; diga qué pueden hacer.")
        static func timesIn(_ zone: String) -> LocalizedText {
            LocalizedText(
                en: "Type times in \(zone), the hospital's time.", es: "Escriba las horas en \(zone), la hora del hospital.")
        }
        static let date = LocalizedText(en: "Date", es: "Fecha")
        static let time = LocalizedText(en: "Time", es: "Hora")
        static func slot(_ number: Int) -> LocalizedText { LocalizedText(en: "Time \(number)", es: "Horario \(number)") }
        static let minutes = LocalizedText(en: "Length in minutes", es: "Duración en minutos")
        static let clinician = LocalizedText(en: "Clinician (optional)", es: "Profesional (opcional)")
        static let video = LocalizedText(en: "Video visit", es: "Visita por video")
        static let instruction = LocalizedText(
            en: "Before the visit (optional, for the family)", es: "Antes de la visita (opcional, para la familia)")
        static let note = LocalizedText(en: "Note for the family (optional)", es: "Nota para la familia (opcional)")
        static let confirmCancel = LocalizedText(en: "Confirm the cancellation", es: "Confirmar la cancelación")
        static let keepAppointment = LocalizedText(
            en: "Keep the appointment (explain why below)", es: "Mantener la cita (explique por qué abajo)")
        static let done = LocalizedText(en: "Done. The family was told.", es: "Listo. Se avisó a la familia.")

        // Problems
        static let dateMissing = LocalizedText(en: "Choose a date.", es: "Elija una fecha.")
        static let timeMissing = LocalizedText(en: "Choose a time (HH:MM).", es: "Elija una hora (HH:MM).")
        static let timeDoesNotExist = LocalizedText(
            en: "That time does not exist on that day: the clocks jump forward an hour.",
            es: "Esa hora no existe ese día: los relojes se adelantan una hora.")
        static let timeInPast = LocalizedText(en: "That time has already passed.", es: "Esa hora ya pasó.")
        static let minutesInvalid = LocalizedText(
            en: "Choose a length between 10 and 240 minutes.", es: "Elija una duración entre 10 y 240 minutos.")
        static let noteNeeded = LocalizedText(
            en: "Write the reason the family will read.", es: "Escriba el motivo que leerá la familia.")
        static let textTooLong = LocalizedText(
            en: "Keep it under 500 characters.", es: "Use menos de 500 caracteres.")
        static let unknownAction = LocalizedText(en: "Choose what to do.", es: "Elija qué hacer.")
        static let alreadyAnswered = LocalizedText(
            en: "Another scheduler answered this request first.", es: "Otra persona respondió esta solicitud primero.")
        static let cancelConfirmedNote = LocalizedText(
            en: "The appointment was cancelled.", es: "La cita fue cancelada.")
    }
}
