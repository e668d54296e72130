extension BreakTheGlassText {
    static let spanish = BreakTheGlassText(
        title: "Este paciente no está en sus equipos de atención",
        intro:
            "Puede abrir el expediente durante dos horas si su trabajo lo necesita ahora. Diga por qué: Administración de Información de Salud revisa cada apertura, y el registro de accesos del paciente la muestra.",
        reasonLabel: "Motivo",
        reasonName: { reason in
            switch reason {
            case .emergency: "Atención de emergencia"
            case .coveringForColleague: "Cubro a un colega"
            case .referralOrConsult: "Una derivación o interconsulta"
            case .familyAskedInPerson: "El paciente o la familia me lo pidió en persona"
            case .other: "Otro motivo"
            }
        },
        explanationLabel: "En sus palabras",
        explanationHint: "Qué necesita y por qué, de 10 a 500 caracteres.",
        open: "Abrir el expediente",
        chooseReason: "Elija un motivo de la lista.",
        explanationNeeded: "Escriba qué necesita y por qué, de 10 a 500 caracteres.",
        reviewTitle: "Expedientes abiertos fuera de los equipos de atención",
        reviewIntro:
            "Cada vez que un médico abrió un expediente por excepción, con su motivo. Marque cada una como revisada cuando la haya comprobado.",
        nothingToReview: "No hay nada pendiente de revisión.",
        openedBy: { who, when in "\(who), \(when)" },
        until: { when in "Abierto hasta \(when)" },
        markReviewed: "Marcar como revisada",
        reviewedBy: { who, when in "Revisada por \(who), \(when)" },
        recentlyReviewed: "Revisadas hace poco",
        accessTitle: "Cuentas del personal con acceso a pacientes",
        accessIntro:
            "Cada cuenta que un administrador creó con un rol que llega a la información de los pacientes, o a la que dio ese rol. Compruebe que la persona y el rol son correctos y márquela como revisada; no puede revisar la suya.",
        givenBy: { who, when in "Otorgado por \(who), \(when)" }
    )
}
