import PortalCore

extension SchedulingText {
    static let spanish = SchedulingText(
        requestsHeading: "Solicitudes de cita",
        newRequest: "Solicitar una cita",
        newRequestFor: { name in "Solicitar una cita para \(name)" },
        requestTo: { department in "Solicitud a \(department)" },
        sentOn: { when in "Enviada: \(when)" },
        status: { status in
            switch status {
            case .open: "En espera del equipo de citas"
            case .booked: "Programada"
            case .alternativesOffered: "Horarios ofrecidos: elija uno"
            case .declined: "Rechazada"
            case .withdrawn: "Retirada"
            }
        },
        formIntro:
            "El equipo de citas le llamará o escribirá con un horario. Para un problema urgente, llame al departamento; en una emergencia, llame al 911.",
        department: "Departamento",
        answersWithin: { days in
            days == 1
                ? "responde en 1 día hábil"
                : "responde en \(days) días hábiles"
        },
        noDepartments: "Ningún departamento recibe solicitudes de cita en el portal para este paciente. Llame al hospital.",
        reason: "Motivo de la visita",
        somethingElse: "Otro motivo",
        details: "Cuéntenos más",
        detailsHint: "Opcional, salvo si eligió Otro motivo. Hasta 1.000 caracteres.",
        preferredDays: "Días que le convienen",
        preferredDaysHint: "Hasta cinco días, desde mañana hasta dentro de 90 días. Déjelo vacío si cualquier día le sirve.",
        dayLabel: { number in "Día \(number)" },
        timesOfDay: "Horas del día que le convienen",
        timesOfDayHint: "No marque ninguna si cualquier hora le sirve.",
        timeOfDay: { time in
            switch time {
            case .morning: "Mañana (antes del mediodía)"
            case .afternoon: "Tarde (del mediodía a las 5 p. m.)"
            case .evening: "Noche (después de las 5 p. m.)"
            }
        },
        visitMode: "En persona o por video",
        mode: { mode in
            switch mode {
            case .inPerson: "En persona"
            case .video: "Visita por video"
            case .either: "Cualquiera"
            }
        },
        phone: "Teléfono para devolverle la llamada",
        phoneHint: "Dígitos, espacios, guiones y paréntesis; de 10 a 15 dígitos.",
        interpreter: "Intérprete",
        interpreterHint: "Si desea un intérprete en la visita, escriba el idioma. Es gratuito.",
        send: "Enviar solicitud",
        fixProblems: "Algunas respuestas necesitan un cambio. Cada una está marcada abajo.",
        sent: "Su solicitud se envió al equipo de citas.",
        chooseDepartment: "Elija un departamento.",
        departmentTakesNoRequests: "Ese departamento no recibe solicitudes en el portal. Llame por teléfono.",
        chooseReason: "Elija un motivo, o elija Otro motivo y cuéntenos más.",
        detailsNeeded: "Cuéntenos en pocas palabras para qué es la visita.",
        detailsTooLong: "Los detalles tienen más de 1.000 caracteres.",
        dayProblem: { problem in
            switch problem {
            case .notADate(let text):
                "\"\(text)\" no es una fecha."
            case .notInFuture(let day):
                "El \(DateText.long(day, language: .spanish)) no es posterior a hoy. Elija días a partir de mañana."
            case .tooFarAhead(let day):
                "El \(DateText.long(day, language: .spanish)) está a más de 90 días."
            case .tooMany:
                "Elija como máximo cinco días."
            }
        },
        chooseMode: "Elija en persona, por video o cualquiera.",
        phoneInvalid: "Escriba un teléfono de 10 a 15 dígitos.",
        interpreterTooLong: "Escriba el idioma en 40 caracteres como máximo.",
        requestTitle: "Solicitud de cita",
        backToAppointments: "Citas",
        whatYouAsked: "Lo que pidió",
        anyDay: "Cualquier día",
        anyTime: "Cualquier hora",
        expectAnswer: { date in "Espere una respuesta antes del \(date). El equipo puede llamarle." },
        bookedIntro: "Su cita está programada.",
        seeAppointment: "Ver la cita",
        offeredIntro: "El equipo de citas le ofrece estos horarios. Elija uno y quedará programado enseguida.",
        noneWork: "Ninguno de estos horarios me sirve: pedir otros",
        choose: "Confirmar mi elección",
        chooseOneTime: "Elija uno de los horarios.",
        slotGone: "Ese horario ya pasó. Elija otro o pida otros horarios.",
        declinedIntro: "El equipo de citas no pudo programar esta solicitud.",
        noteFromTeam: "Nota del equipo de citas",
        withdraw: "Retirar esta solicitud",
        withdrawHint: "Si ya no necesita esta cita, avise al equipo de citas.",
        withdrawn: "Usted retiró esta solicitud.",
        alreadyAnswered: "Esta solicitud ya fue respondida; así está ahora."
    )
}
