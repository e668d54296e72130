import PortalCore
import PortalFHIR

extension CheckInText {
    static let spanish = CheckInText(
        title: "Registro en línea",
        titleFor: { visit in "Registro para la visita del \(visit)" },
        intro: { start in
            "Confirme o actualice estos datos antes de la visita. Cada paso se guarda por separado: puede dejarlo y volver hasta que empiece la visita (\(start))."
        },
        closed: "El registro en línea se abre 7 días antes de una visita y se cierra cuando empieza.",
        contactStep: "Datos de contacto",
        notStarted: "Sin empezar",
        savedOn: { moment in "Guardado el \(moment)" },
        partlySaved: { moment in "Empezado, faltan algunas preguntas (guardado el \(moment))" },
        savedByPatient: { name in "Respondido por \(name) desde su propia cuenta" },
        start: { step in "Empezar: \(step)" },
        change: { step in "Revisar o cambiar: \(step)" },
        finish: "Terminar el registro",
        finishHint: "Termine cuando todos los pasos estén guardados. Puede cambiar una respuesta hasta que empiece la visita.",
        saveEveryStep: "Guarde todos los pasos antes de terminar.",
        doneOn: { moment in "Registro terminado el \(moment). Gracias: el equipo de atención verá sus respuestas." },
        offer: "Registrarse en línea",
        offerHint: { until in
            "Ahorre tiempo en la recepción: confirme sus datos de contacto y responda unas preguntas antes del \(until)."
        },
        offerDone: "Registro en línea hecho",
        backToCheckIn: "Volver al registro",
        backToVisit: "Volver a la visita",
        fixTheFields: "Algunas respuestas necesitan un cambio: vea los mensajes junto a ellas.",
        saveAndContinue: "Guardar y seguir",
        street: "Dirección",
        city: "Ciudad",
        state: "Estado (2 letras)",
        zip: "Código postal",
        homePhone: "Teléfono de casa",
        mobilePhone: "Teléfono celular",
        email: "Correo electrónico para avisos",
        emailHint: "Aquí llegan los recordatorios y avisos. Nunca contienen información de salud.",
        contactProblem: { problem in
            switch problem {
            case .required: "Complete este dato."
            case .tooLong: "Use menos de \(CheckInContact.textLimit) caracteres."
            case .notAState: "Use las dos letras del estado, por ejemplo IL."
            case .notAZIP: "Escriba un código postal de 5 dígitos."
            case .notAPhone: "Escriba un teléfono con su código de área, por ejemplo (312) 555-0140."
            case .notAnEmail: "Escriba un correo electrónico, por ejemplo nombre@example.org."
            case .onePhoneNeeded: "Dé al menos un número de teléfono."
            }
        },
        partOf: { part, total in "Parte \(part) de \(total)" },
        onlyIf: { question, answer in "Responda solo si “\(question)” es “\(answer)”." },
        yes: "Sí",
        no: "No",
        privateNote: "Solo usted y su equipo de atención ven estas respuestas. Sus padres no.",
        answerProblem: { problem in
            switch problem {
            case .required: "Responda esta pregunta."
            case .notANumber: "Escriba un número entero."
            case .notADate: "Escriba una fecha."
            case .notYesOrNo: "Elija sí o no."
            case .unknownOption: "Elija una de las respuestas."
            case .oneAnswerOnly: "Dé una sola respuesta."
            case .tooLong(let limit): "Use menos de \(limit) caracteres."
            }
        },
        stepLocked: { name in "\(name) respondió esta parte desde su propia cuenta: solo esa persona puede cambiarla." },
        staffVisitsTitle: { department in "Registro en línea: \(department)" },
        staffDone: { moment in "Registro terminado el \(moment)" },
        staffVisitsIntro: "Las visitas de los próximos 7 días y cuánto avanzó cada familia con el registro en línea.",
        staffNoVisits: "No hay visitas en los próximos 7 días.",
        staffBack: "Volver a citas",
        staffPatient: "Paciente",
        staffVisit: "Visita",
        staffProgress: "Registro",
        staffCheckInTitle: "Registro en línea",
        staffWithheld: "El paciente respondió una evaluación privada. Solo la leen los clínicos del equipo de atención.",
        staffResponseLink: "Descargar como QuestionnaireResponse de FHIR",
        staffOpenCheckIn: "Respuestas del registro en línea",
        insuranceStep: "Seguro médico",
        insuranceIntro:
            "La recepción revisa el seguro antes de la visita. Una foto de cada lado de la tarjeta evita dictar números en el mostrador.",
        insurancePrivacyNote:
            "¿Le preocupa que un estado de cuenta del seguro informe a sus padres sobre una visita? Dígalo en la recepción o a su equipo de atención: pueden ayudarle.",
        coverageQuestion: { name in "¿Tiene \(name) seguro médico?" },
        coverageQuestionOwn: "¿Tiene usted seguro médico?",
        coverageChoice: { coverage in
            switch coverage {
            case .insured: "Sí"
            case .uninsured: "No, o pagaremos nosotros"
            }
        },
        insuredOnly: "Si tiene seguro: los datos de la tarjeta",
        payer: "Compañía de seguros o plan",
        memberID: "Número de miembro (Member ID)",
        groupNumber: "Número de grupo (si la tarjeta lo tiene)",
        cardPhoto: { side in
            switch side {
            case .front: "Foto del frente de la tarjeta"
            case .back: "Foto del reverso de la tarjeta"
            }
        },
        photoHint: "Una foto (JPEG, PNG o HEIC, hasta 10 MB). Solo la ven la recepción y el personal de información de salud.",
        photoSaved: "Ya hay una foto guardada. Elija otra solo para reemplazarla.",
        choosePhotoAgain: "Elija la foto otra vez: un formulario devuelto no guarda archivos.",
        insuranceProblem: { problem in
            switch problem {
            case .chooseOne: "Elija una opción."
            case .required: "Complete este dato."
            case .tooLong: "Es más largo de lo que cabe en una tarjeta: revíselo."
            case .notAnID: "Escríbalo como aparece en la tarjeta: letras, números y guiones."
            case .photoNeeded: "Agregue una foto de este lado de la tarjeta."
            case .photoNotAnImage: "Elija una foto (JPEG, PNG o HEIC)."
            case .photoTooLarge: "Este archivo pesa más de 10 MB: tome una foto más pequeña."
            case .photoUnreadable: "No se pudo leer este archivo: tome la foto otra vez."
            }
        },
        reviewStep: "Alergias y medicamentos",
        reviewIntro: { name in
            "Estas son las alergias y los medicamentos registrados de \(name). Díganos si cada uno sigue siendo correcto. Aquí no cambia nada en el expediente: el equipo de atención lee sus respuestas y lo actualiza."
        },
        allergiesHeading: "Alergias",
        medicinesHeading: "Medicamentos",
        noAllergies: "No hay alergias registradas.",
        noMedicines: "No hay medicamentos registrados.",
        missingHeading: "¿Falta algo?",
        missingQuestion:
            "Una alergia o un medicamento que no aparece (incluidas vitaminas y medicamentos sin receta): el nombre, la dosis y desde cuándo.",
        reviewNote: "Nota para el equipo de atención (opcional, necesaria para un cambio)",
        reviewAnswer: { kind, answer in
            switch (kind, answer) {
            case (.allergy, .current): "Sigue siendo correcto"
            case (.allergy, .noLonger): "Ya no tiene esta alergia"
            case (.medication, .current): "Lo sigue tomando como aparece"
            case (.medication, .noLonger): "Ya no lo toma"
            case (_, .needsChange): "Hay que cambiar algo (dígalo en la nota)"
            }
        },
        reviewProblem: { problem in
            switch problem {
            case .chooseOne: "Elija una opción."
            case .explainChange: "Diga en la nota qué hay que cambiar."
            case .tooLong(let limit): "Use menos de \(limit) caracteres."
            }
        },
        staffUninsured: "Sin seguro, o paga la familia: hablen del pago en la visita.",
        staffNothingOnFile: "No había nada registrado que revisar.",
        staffVisitWithheld: "Esta visita es confidencial: sus respuestas son para los clínicos del equipo de atención.",
        staffNeedsChange: "Hay que cambiarlo",
        fromOwnAccount: { step, name in "\(step): desde la propia cuenta de \(name)" },
        staffRecordWithheld:
            "Guardado. Las alergias y los medicamentos son parte del expediente: los leen los clínicos del equipo de atención.")
}
