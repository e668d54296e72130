import PortalCore

extension SchedulerQueueText {
    static let spanish = SchedulerQueueText(
        title: "Solicitudes de citas",
        intro: "Solicitudes de las familias para los departamentos que usted programa, las más antiguas primero.",
        noDepartments: "Todavía no programa citas para ningún departamento. Un administrador puede agregarle.",
        waiting: { count, late in "\(count) en espera, \(late) atrasadas" },
        schedulerCount: { count in
            count == 1
                ? "1 programador"
                : "\(count) programadores"
        },
        allDepartments: "Todos los departamentos",
        nothingWaiting: "No hay nada en espera.",
        patient: "Paciente",
        request: "Solicitud",
        waited: "Espera",
        received: "Recibida",
        businessDays: { days in
            days == 1
                ? "1 día hábil"
                : "\(days) días hábiles"
        },
        late: "Atrasada",
        newAppointment: "Cita nueva",
        cancellation: "Cancelación",
        interpreter: "Intérprete para una visita",
        appointmentForInterpreter: "Cita",
        confirmInterpreter: "El intérprete está programado",
        cannotArrange: "No se puede programar (explique por qué abajo)",
        interpreterArranged: "Intérprete programado.",
        interpreterNeeded: { language in "Intérprete: \(language)" },
        backToQueue: "Volver a la lista",
        requestedBy: "Solicitada por",
        appointmentToCancel: "Cita a cancelar",
        cancelReason: "Motivo de la familia",
        answered: "Esta solicitud ya fue respondida.",
        book: "Programar una cita",
        offer: "Ofrecer otros horarios",
        offerHint:
            "Hasta tres horarios para que la familia elija; su elección queda programada enseguida, así que reserve esos horarios.",
        decline: "Rechazar",
        declineNote: "Motivo, para la familia",
        declineHint: "La familia lo lee. Sin diagnósticos; diga qué pueden hacer.",
        timesIn: { zone in "Escriba las horas en \(zone), la hora del hospital." },
        date: "Fecha",
        time: "Hora",
        slot: { number in "Horario \(number)" },
        minutes: "Duración en minutos",
        clinician: "Profesional (opcional)",
        video: "Visita por video",
        instruction: "Antes de la visita (opcional, para la familia)",
        note: "Nota para la familia (opcional)",
        confirmCancel: "Confirmar la cancelación",
        keepAppointment: "Mantener la cita (explique por qué abajo)",
        done: "Listo. Se avisó a la familia.",
        dateMissing: "Elija una fecha.",
        timeMissing: "Elija una hora (HH:MM).",
        timeDoesNotExist: "Esa hora no existe ese día: los relojes se adelantan una hora.",
        timeInPast: "Esa hora ya pasó.",
        minutesInvalid: "Elija una duración entre 10 y 240 minutos.",
        noteNeeded: "Escriba el motivo que leerá la familia.",
        textTooLong: "Use menos de 500 caracteres.",
        unknownAction: "Elija qué hacer.",
        alreadyAnswered: "Otra persona respondió esta solicitud primero.",
        cancelConfirmedNote: "La cita fue cancelada."
    )
}
