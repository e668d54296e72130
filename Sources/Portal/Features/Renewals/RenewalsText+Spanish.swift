import PortalCore

extension RenewalsText {
    static let spanish = RenewalsText(
        requestOf: { medicine in "Solicitar una renovación de \(medicine)" },
        titleFor: { medicine in "Renovar \(medicine)" },
        backToMedications: "Medicamentos",
        intro: { team, days, date in
            "La solicitud va a \(team), que responde en \(days) días hábiles (antes del \(date)). Si el medicamento se acaba antes, llame a la farmacia o a la clínica."
        },
        prescribersTeam: "el equipo de atención de quien lo recetó",
        pharmacy: "Farmacia",
        otherPharmacy: "Otra farmacia",
        newPharmacy: "Otra farmacia: nombre y dirección",
        newPharmacyHint: "Solo si eligió Otra farmacia. Hasta 200 caracteres.",
        daysLeft: "Días de medicamento que quedan",
        daysLeftHint: "Más o menos cuántos días le durará, de 0 a 90.",
        comment: "Comentario (opcional)",
        commentHint: "Hasta 500 caracteres.",
        send: "Enviar solicitud de renovación",
        sent: "Su solicitud de renovación se envió al equipo de atención.",
        notActive:
            "Este medicamento ya no está activo, así que no hay nada que renovar. Escriba al equipo de atención si su hijo o hija aún lo necesita.",
        notRenewableHere:
            "El hospital renueva este medicamento solo después de hablar con usted, así que no se puede pedir aquí. Envíe un mensaje al equipo de atención.",
        alreadyRequested: "Ya se pidió la renovación de este medicamento y está en espera del equipo de atención.",
        noCareTeam: "Todavía ningún equipo de atención recibe renovaciones de este paciente en el portal. Llame a la clínica.",
        seeRequest: "Ver la solicitud",
        seeRequestFor: { medicine in "Ver la solicitud de renovación de \(medicine)" },
        writeMessage: "Escribir al equipo de atención",
        choosePharmacy: "Elija una farmacia.",
        pharmacyNeeded: "Escriba el nombre y la dirección de la otra farmacia.",
        pharmacyTooLong: "Use menos de 200 caracteres para la farmacia.",
        daysInvalid: "Escriba un número de días de 0 a 90.",
        commentTooLong: "El comentario tiene más de 500 caracteres.",
        status: { status in
            switch status {
            case .open: "Renovación solicitada: en espera"
            case .approved: "Renovación aprobada"
            case .denied: "Renovación no aprobada"
            case .needsVisit: "Primero se necesita una visita"
            }
        },
        approvedWith: { refills, pharmacy in
            refills == 1
                ? "Aprobada con 1 resurtido, enviada a \(pharmacy)."
                : "Aprobada con \(refills) resurtidos, enviada a \(pharmacy)."
        },
        needsVisitIntro: "El profesional quiere ver a su hijo o hija antes de renovar. Solicite una cita o llame a la clínica.",
        requestAppointment: "Solicitar una cita",
        requestTitle: "Solicitud de renovación",
        medicine: "Medicamento",
        sentOn: "Enviada",
        noteFromTeam: "Nota del equipo de atención",
        waitingCount: { count in
            count == 1
                ? "1 solicitud de renovación"
                : "\(count) solicitudes de renovación"
        },
        queueHeading: "Solicitudes de renovación",
        noneWaiting: "No hay renovaciones en espera.",
        requestedBy: "Solicitada por",
        currentRefills: "Resurtidos de la orden actual",
        approve: "Aprobar",
        refills: "Resurtidos",
        refillsHint: "De 0 a 11.",
        deny: "Rechazar",
        needsVisit: "Necesita una visita",
        noteForFamily: "Nota para la familia",
        noteHint: { required in
            required
                ? "La familia lo lee. Obligatoria."
                : "La familia lo lee. Opcional."
        },
        commentLabel: "Comentario",
        refillsInvalid: "Elija entre 0 y 11 resurtidos.",
        noteNeeded: "Escriba el motivo que leerá la familia.",
        alreadyDecided: "Esta renovación ya fue decidida.",
        decided: "Listo. Se avisó a la familia."
    )
}
