import PortalCore

extension CareTeamInboxText {
    static let spanish = CareTeamInboxText(
        title: "Bandejas de los equipos de atención",
        intro: "Las bandejas compartidas en las que trabaja. Los hilos que más esperan aparecen primero.",
        noCareTeams: "No es miembro de ninguna bandeja. Un administrador agrega al personal a los equipos de atención.",
        waitingSummary: { waiting, late in "\(waiting) en espera, \(late) con retraso" },
        responseTime: { days in "Tiempo de respuesta: \(days) días hábiles" },
        open: "Abiertos",
        done: "Terminados",
        patient: "Paciente",
        subject: "Asunto",
        waited: "En espera",
        assignee: "Asignado a",
        answered: "Respondido",
        noThreads: "No hay nada aquí.",
        businessDays: { days in
            days == 0
                ? "Menos de 1 día hábil"
                : days == 1
                    ? "1 día hábil"
                    : "\(days) días hábiles"
        },
        waitedFor: { days in
            days == 0
                ? "En espera desde hace menos de 1 día hábil"
                : days == 1
                    ? "En espera desde hace 1 día hábil"
                    : "En espera desde hace \(days) días hábiles"
        },
        late: "Fuera de plazo",
        allCareTeams: "Todas las bandejas",
        newer: "Página anterior",
        older: "Página siguiente",
        pages: "Páginas de hilos",
        patientBanner: "Paciente",
        age: { years in "\(years) años" },
        openRecord: "Abrir el expediente",
        startedBy: { who in "Iniciado por \(who)" },
        writer: { name, relationship in "\(name) (\(relationship(.spanish)))" },
        relationship: { relationship in
            switch relationship {
            case .self: "el paciente"
            case .parent: "madre o padre"
            case .legalGuardian: "tutor legal"
            case .other, nil: "persona autorizada"
            }
        },
        readBy: { audience in
            switch audience {
            case .patient:
                "Solo lo lee el paciente, no los padres"
            case .proxies:
                "Lo leen los padres y tutores, no el paciente"
            }
        },
        assignedTo: { name in "Asignado a \(name)" },
        unassigned: "Sin asignar",
        checkFirst: "Medicamentos y alergias",
        activeMedications: "Medicamentos activos",
        allergies: "Alergias",
        noneRecorded: "Ninguno registrado.",
        controls: "Hilo",
        assignTo: "Asignar a",
        nobody: "Nadie",
        assign: "Asignar",
        moveTo: "Mover a la bandeja",
        move: "Mover",
        markDone: "Marcar como terminado",
        reopen: "Reabrir",
        restrict: "Restringir hilo",
        liftRestriction: "Quitar la restricción",
        restrictExplanation: "Un hilo restringido se oculta a los padres y tutores del paciente. El motivo se guarda con él.",
        restrictedBecause: { reason in "Restringido: \(reason)" },
        patientTeamsHeading: "Equipos de atención para mensajes",
        patientTeamsLegend: "La familia puede escribir a",
        patientTeamsHint: "Administración de Información de Salud siempre se ofrece para preguntas sobre el expediente.",
        saveTeams: "Guardar equipos",
        teamsSaved: "Los equipos se guardaron.",
        savedReplies: "Respuestas guardadas",
        movedWhileTyping:
            "Este hilo se movió a otra bandeja mientras escribía, así que su respuesta no se envió. Su texto está abajo.",
        notInCareTeam: "Solo los miembros de la bandeja de este hilo pueden cambiarlo o responder.",
        changed: "El hilo se actualizó.",
        invalidChange: "Ese cambio no se puede hacer. Elija un colega de esta bandeja u otra bandeja.",
        reasonNeeded: "Indique un motivo de 500 caracteres como máximo para restringir el hilo."
    )
}
