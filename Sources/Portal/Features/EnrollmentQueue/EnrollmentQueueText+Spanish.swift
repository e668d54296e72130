import PortalCore

extension EnrollmentQueueText {
    static let spanish = EnrollmentQueueText(
        title: "Solicitudes de cuenta",
        pendingHeading: { count in "Esperando una decisión (\(count))" },
        reportsHeading: "Miembros que dicen que otra persona usó su cuenta",
        nothingPending: "No hay solicitudes en espera.",
        oldestFirst: "Las más antiguas primero. Los días hábiles no cuentan fines de semana ni feriados del hospital.",
        patient: "Paciente",
        applicant: "Solicitante",
        received: "Recibida",
        applicantEmail: "Correo del solicitante",
        applicantPhone: "Teléfono del solicitante",
        waited: "En espera",
        businessDays: { count in "\(count) \(count == 1 ? "día hábil" : "días hábiles")" },
        late: "Atrasada",
        decidedHeading: "Decisiones recientes",
        statusName: { status in
            switch status {
            case .pending: "En espera"
            case .approved: "Aprobada, invitación enviada"
            case .rejected: "Rechazada"
            }
        },
        approvedNotice: "Aprobada. La invitación va en camino al solicitante.",
        rejectedNotice: "Rechazada. El solicitante recibirá un correo con el motivo.",
        requestTitle: "Solicitud de cuenta",
        takenByOther:
            "Otra persona de Información de Salud decidió esta solicitud hace un momento. Su acción no cambió nada; la decisión está abajo.",
        approvedBy: { name, date in "Aprobada por \(name) el \(date)." },
        rejectedBy: { name, date, reason in "Rechazada por \(name) el \(date): \(spanishReasonName(reason))." },
        sharesAddress: "Dirección ya en uso",
        teenEmailHasAccount:
            "Una cuenta del portal ya usa este correo, así que el acceso propio de un adolescente no puede enviarse allí: no se puede aprobar. Pida al adolescente, por teléfono, una dirección que solo él o ella lea; luego rechace esta solicitud e invítelo a esa dirección.",
        emailHasAccount: "Ya hay una cuenta del portal con este correo. Al solicitante no se le dijo nada.",
        otherRequests: { count in "Este correo envió \(count) \(count == 1 ? "otra solicitud" : "otras solicitudes")." },
        phoneMatchesParent:
            "El teléfono coincide con uno que dio una madre, padre o tutor para un paciente con esta fecha de nacimiento. La cuenta propia de un adolescente debe ser suya: confirme antes de aprobar.",
        emailMatchesParent:
            "Una madre, padre o tutor hizo una solicitud con este mismo correo. La cuenta propia del adolescente no puede usarlo.",
        answersHeading: "Lo que escribió el solicitante",
        document: "Documento de identidad",
        openDocument: "Descargar el documento de identidad (cada vista queda registrada)",
        documentDeleted: "Borrado al terminar el plazo de conservación.",
        patientAccessLink: "Ver el acceso al portal y las invitaciones de este paciente",
        matchHeading: "Relacionar y aprobar",
        searchLabel: "Nombre o número de expediente",
        search: "Buscar expedientes",
        noCandidates:
            "Todavía no coincide ningún expediente. Busque por nombre y fecha de nacimiento, o por número de expediente.",
        candidatesLegend: "El expediente del paciente",
        birthDateMatches: "la fecha de nacimiento coincide",
        birthDateDiffers: "la fecha de nacimiento no coincide",
        zipMatches: "el código postal coincide",
        zipDiffers: "el código postal no coincide",
        approve: "Aprobar y enviar la invitación",
        choosePatient: "Elija el expediente del paciente antes de aprobar.",
        chooseRelationship: "Elija una relación que corresponda a quien hizo la solicitud.",
        rejectHeading: "Rechazar",
        reason: "Motivo",
        reasonHint: "El correo al solicitante nombra este motivo, con las palabras de abajo, y nada más.",
        reasonName: spanishReasonName,
        reasonForApplicant: { reason in
            switch reason {
            case .documentUnreadable:
                "No pudimos leer la identificación que envió."
            case .identityNotVerified:
                "No pudimos confirmar su identidad con la identificación que envió."
            case .noMatchingRecord:
                "No encontramos un expediente del hospital que coincida con sus respuestas."
            case .notEntitled:
                "Las reglas del hospital no permiten esta cuenta para este expediente."
            case .duplicate:
                "Recibimos otra solicitud para la misma cuenta y estamos atendiendo esa."
            case .other:
                "Información de Salud no pudo aprobarla tal como se envió."
            }
        },
        chooseReason: "Elija un motivo.",
        explainOther: "Para otro motivo, escriba una nota que lo explique.",
        noteTooLong: "La nota debe tener menos de 1000 caracteres.",
        note: "Nota para los registros de Información de Salud",
        noteHint: "Se guarda con la solicitud; nunca se envía al solicitante.",
        reject: "Rechazar la solicitud"
    )
}

private let spanishReasonName: @Sendable (EnrollmentRequest.RejectionReason) -> String = { reason in
    switch reason {
    case .documentUnreadable:
        "No se pudo leer la identificación"
    case .identityNotVerified:
        "La identificación no coincide con el solicitante"
    case .noMatchingRecord: "Ningún expediente coincide"
    case .notEntitled:
        "El solicitante no puede tener acceso a este expediente"
    case .duplicate: "Duplicada de otra solicitud"
    case .other: "Otro motivo (explíquelo en la nota)"
    }
}
