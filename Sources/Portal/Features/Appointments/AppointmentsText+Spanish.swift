import PortalCore

extension AppointmentsText {
    static let spanish = AppointmentsText(
        title: "Citas",
        titleOf: { name in "Citas de \(name)" },
        upcoming: "Próximas",
        upcomingAppointments: "Próximas citas",
        past: "Pasadas y canceladas",
        noUpcoming: "No hay citas próximas.",
        noPast: "No hay citas pasadas.",
        timesIn: { zone in "Todas las horas son \(zone), la hora del hospital." },
        video: "Visita por video",
        inPerson: "En persona",
        with: { clinician in "con \(clinician)" },
        status: { status in
            switch status {
            case "booked", "pending", "proposed": "Programada"
            case "arrived", "checked-in": "Registrada"
            case "fulfilled": "Realizada"
            case "cancelled": "Cancelada"
            case "noshow": "No asistió"
            case "waitlist": "En lista de espera"
            default: "Desconocido"
            }
        },
        cancelRequestedTag: "Cancelación solicitada",
        backToList: "Todas las citas",
        when: "Cuándo",
        department: "Departamento",
        clinician: "Profesional",
        kind: "Tipo de visita",
        statusLabel: "Estado",
        whatToBring: "Antes de la visita",
        defaultBring:
            "Traiga la tarjeta del seguro de su hijo o hija, una lista de los medicamentos que toma y los formularios que necesite llenar.",
        whereLabel: "Dónde",
        map: "Abrir en un mapa",
        phone: "Teléfono del departamento",
        addToCalendar: "Agregar al calendario",
        calendarHint: "El archivo de calendario contiene el departamento, la hora y el lugar, nunca el motivo de la visita.",
        calendarSummary: { department in "Cita: \(department)" },
        cancelHeading: "Cancelar esta cita",
        cancelUntil: { deadline in "Puede pedir la cancelación aquí hasta el \(deadline). El equipo de citas la confirma." },
        cancelReason: "¿Por qué cancela?",
        cancelReasonHint:
            "Para el equipo de citas, hasta 500 caracteres. Por ejemplo: un conflicto de horario, o su hijo ya está mejor.",
        cancelButton: "Pedir la cancelación",
        cancelReasonMissing: "Diga en pocas palabras por qué cancela.",
        cancelReasonTooLong: "El motivo tiene más de 500 caracteres.",
        tooLateToCancel: { deadline, phone in
            let call = phone.map { " at \($0)" } ?? ""
            let llame = phone.map { " al \($0)" } ?? ""
            return "Ya no se puede cancelar en el portal: el plazo terminó el \(deadline). Llame al departamento\(llame)."
        },
        visitOver: "Esta visita ya pasó o fue cancelada.",
        cannotCancel: "Esta cita ya no se puede cancelar.",
        cancelRequested: { when in "Pidió cancelar esta cita el \(when). El equipo de citas lo confirmará." },
        cancelSent: "Su solicitud de cancelación se envió al equipo de citas.",
        interpreterHeading: "Intérprete",
        interpreterIntro: "Gratuito, en persona o por video. Escriba el idioma y el equipo de citas lo programa.",
        interpreterLanguage: "Idioma",
        askInterpreter: "Pedir un intérprete",
        interpreterMissing: "Escriba el idioma, en 40 caracteres como máximo.",
        interpreterRequested: { language in "Pidió un intérprete (\(language)). El equipo de citas lo programa." },
        interpreterArranged: { language in "Hay un intérprete (\(language)) programado para esta visita." },
        interpreterNotArranged: { language, note in "El equipo de citas no pudo programar un intérprete (\(language)): \(note)" },
        videoHeading: "Visita por video",
        join: "Unirse a la visita por video",
        joinOpen: "La sala de la visita está abierta. Únase desde un lugar tranquilo con su hijo o hija.",
        opensAt: { time, countdown in
            "El botón para unirse aparece a las \(time), dentro de \(countdown). Vuelva a cargar esta página entonces."
        },
        visitEnded: "Esta visita por video terminó. La sala está cerrada.",
        testCamera: "Pruebe su cámara y su micrófono",
        notConfigured: "Las salas de video de este departamento aún no están configuradas. Llame al departamento.",
        joinNotYet: { time in "La sala de la visita abre a las \(time). Vuelva entonces." },
        joinNotVideo: "Esta cita es una visita en persona.",
        guestsHeading: "Invitar a alguien a la visita por video",
        guestsIntro:
            "Otro padre, madre o un intérprete puede unirse con un enlace propio. Funciona una vez, solo mientras la sala está abierta, y usted puede anularlo.",
        guestName: "¿Para quién es?",
        guestNameHint: "Por ejemplo: Papá, o Intérprete (español). Hasta 60 caracteres.",
        guestNameMissing: "Diga para quién es el enlace, para distinguir los enlaces.",
        makeGuestLink: "Crear un enlace de invitado",
        guestLinkMade: { name in "Este es el enlace para \(name). Cópielo ahora y envíeselo usted: solo se muestra una vez." },
        guestUnused: "Aún no usado",
        guestUsed: { when in "Usado: \(when)" },
        guestRevoked: { when in "Anulado: \(when)" },
        revoke: "Anular este enlace",
        guestLimit: "Una visita puede tener como máximo 3 enlaces de invitado.",
        guestTitle: "Visita por video",
        guestUsedUp: "Este enlace ya se usó. Pida uno nuevo a la familia.",
        guestCancelled: "La familia anuló este enlace.",
        guestUnknown: "Este enlace no funciona. Revise que se copió completo o pida uno nuevo a la familia.",
        checkTitle: "Pruebe su cámara y su micrófono",
        checkIntro:
            "Presione «Comenzar la prueba». Su navegador pedirá usar la cámara y el micrófono; permítalo. No se graba ni se envía nada: la imagen y el sonido se quedan en este dispositivo.",
        checkStart: "Comenzar la prueba",
        checkNeedsScript:
            "Esta prueba necesita JavaScript. Sin él, igual puede unirse: la plataforma de video revisa su cámara al entrar en la sala.",
        checkTips: "Antes de la visita",
        checkTipList: [
            "Use un teléfono, tableta o computadora con cámara, cargado o enchufado.",
            "Busque un lugar tranquilo, privado y bien iluminado.",
            "Tenga a mano los medicamentos de su hijo o hija y sus preguntas.",
        ],
        checkWorking: "Su cámara y su micrófono funcionan. Hable y mire cómo se mueve el nivel.",
        checkDenied:
            "El navegador no pudo usar la cámara o el micrófono. Permítalos en la configuración del navegador para este sitio o pruebe otro navegador.",
        checkCamera: "Cámara",
        checkMicrophone: "Nivel del micrófono",
        countdown: { minutes in
            let days = minutes / 1440
            let hours = (minutes % 1440) / 60
            let rest = minutes % 60
            if days > 0 {
                return days == 1 ? "1 día" : "\(days) días"
            }
            func h(_ n: Int) -> String {
                n == 1 ? "1 hora" : "\(n) horas"
            }
            func m(_ n: Int) -> String {
                n == 1 ? "1 minuto" : "\(n) minutos"
            }
            if hours == 0 { return m(max(rest, 1)) }
            if rest == 0 { return h(hours) }
            return "\(h(hours)) y \(m(rest))"
        }
    )
}
