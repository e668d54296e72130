import PortalCore

extension DepartmentSetupText {
    static let spanish = DepartmentSetupText(
        title: "Departamentos y citas",
        intro:
            "Cada departamento del que el EHR envía citas: lo que leen las familias, si pueden pedir citas allí, sus salas de video y quién programa sus citas.",
        add: "Agregar un departamento",
        create: "Crear departamento",
        save: "Guardar la configuración",
        saved: "La configuración se guardó.",
        settings: "Configuración",
        ehrKey: "Identificador de la ubicación en el EHR",
        ehrKeyHint: "El identificador que el EHR pone en las citas de este departamento, como sistema|valor.",
        nameEnglish: "Nombre en inglés",
        nameSpanish: "Nombre en español",
        address: "Dirección (opcional)",
        phone: "Teléfono (opcional)",
        confidential: "Departamento confidencial",
        confidentialHint: "Todas las visitas aquí se ocultan a los padres de un adolescente de 12 a 17 años, por este motivo.",
        notConfidential: "No es confidencial",
        takesRequests: "Las familias pueden pedir citas aquí",
        reasonsEnglish: "Motivos frecuentes en inglés, uno por línea",
        reasonsSpanish: "Los mismos motivos en español, en el mismo orden",
        videoTemplate: "Dirección de la sala de video (opcional)",
        videoTemplateHint: "La dirección https de la plataforma de video con {room} donde va la sala de la visita.",
        responseDays: "Días hábiles para responder una solicitud",
        schedulers: "Quién programa sus citas",
        noSchedulers: "Nadie todavía: sus solicitudes esperan sin respuesta.",
        questionnaires: "Cuestionarios antes de la visita",
        questionnairesHint:
            "Las familias los responden al registrarse en línea antes de una visita. Una evaluación confidencial la responde solo el paciente de 12 a 17 años y nunca se muestra a los padres. Los cuestionarios llegan del sistema de historias clínicas o del comando de importación.",
        noQuestionnaires: "Todavía no hay cuestionarios cargados.",
        asksBeforeVisits: "Este departamento pregunta",
        confidentialScreen: "evaluación confidencial para 12 a 17 años y adultos",
        saveQuestionnaires: "Guardar los cuestionarios",
        addScheduler: "Agregar a un programador",
        addButton: "Agregar",
        removeNamed: { name in "Quitar a \(name)" },
        takesRequestsShort: "recibe solicitudes",
        noRequests: "sin solicitudes",
        hasVideo: "visitas por video",
        keyNeeded: "Escriba el identificador como sistema|valor, hasta 700 caracteres.",
        keyTaken: "Otro departamento ya tiene este identificador.",
        namesNeeded: "Escriba ambos nombres, hasta 80 caracteres cada uno.",
        textTooLong: "La dirección y el teléfono caben en 200 y 40 caracteres.",
        reasonsMismatch: "Dé cada motivo en ambos idiomas, el mismo número de líneas, hasta 20 motivos de 80 caracteres.",
        templateInvalid: "La dirección de video debe empezar con https:// y tener {room} una vez, fuera del nombre del servidor.",
        daysNeeded: "Elija de 1 a 10 días hábiles.",
        ages: "Edades que atiende",
        agesHint:
            "En años cumplidos. Deje un extremo vacío si no hay límite: Medicina para adolescentes atiende de 12 a 25. El formulario de solicitud ofrece el departamento solo a pacientes de estas edades.",
        agesFrom: "Desde la edad",
        agesThrough: "Hasta la edad",
        agesInvalid: "Las edades son años cumplidos de 0 a 120, y la primera no puede ser mayor que la segunda.",
        agesShort: { from, through in
            switch (from, through) {
            case (let from?, let through?): "De \(from) a \(through) años"
            case (let from?, nil): "Desde los \(from) años"
            case (nil, let through?): "Hasta los \(through) años"
            case (nil, nil): "Todas las edades"
            }
        },
        categoryUnknown: "Elija un motivo de la lista.",
        category: { category in
            switch category {
            case .reproductiveHealth: "Salud sexual y reproductiva"
            case .pregnancy: "Embarazo"
            case .contraception: "Anticoncepción"
            case .sexuallyTransmittedInfection: "Infecciones de transmisión sexual"
            case .hiv: "VIH"
            case .mentalHealth: "Salud mental"
            case .substanceUse: "Consumo de sustancias"
            case .violence: "Violencia de pareja o sexual"
            case .markedByClinician: "Otra atención confidencial"
            case .keptPrivateByPatient: "Privado por decisión del paciente"
            }
        }
    )
}
