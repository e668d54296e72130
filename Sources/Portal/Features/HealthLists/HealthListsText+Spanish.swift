import PortalCore

extension HealthListsText {
    static let spanish = HealthListsText(
        medications: "Medicamentos",
        allergies: "Alergias",
        immunizations: "Vacunas",
        medicationsFor: { name in "Medicamentos de \(name)" },
        allergiesFor: { name in "Alergias de \(name)" },
        immunizationsFor: { name in "Vacunas de \(name)" },
        current: "Actuales",
        past: "Anteriores",
        noMedications: "No hay medicamentos en este expediente.",
        noAllergies: "No hay alergias registradas. Si conoce alguna, dígaselo al equipo de atención en la próxima visita.",
        noImmunizations: "No hay vacunas registradas en este hospital.",
        dose: "Dosis",
        instructions: "Cómo tomarlo",
        prescriber: "Recetado por",
        started: "Inicio",
        refills: "Resurtidos permitidos",
        pharmacy: "Farmacia",
        medicationStatus: { code in
            switch code {
            case "active": "Activo"
            case "on-hold": "En pausa"
            case "completed": "Terminado"
            case "stopped", "cancelled": "Suspendido"
            default: "No activo"
            }
        },
        kind: "Tipo",
        reactions: "Reacciones",
        severity: "Gravedad",
        recorded: "Registrada",
        highRisk: "Riesgo alto: una reacción podría poner en peligro la vida.",
        allergyType: { code in
            switch code {
            case "allergy": "Alergia"
            case "intolerance": "Intolerancia"
            default: nil
            }
        },
        severityText: { code in
            switch code {
            case "mild": "Leve"
            case "moderate": "Moderada"
            default: "Grave"
            }
        },
        allergyStatus: { code in
            switch code {
            case "active": "Activa"
            case "resolved": "Resuelta"
            default: "Inactiva"
            }
        },
        vaccine: "Vacuna",
        dateGiven: "Fecha de aplicación",
        doseNumber: "Dosis",
        site: "Lugar",
        dosesGiven: "Dosis y fechas de aplicación",
        lot: "Lote",
        doseOf: { number, series in
            guard let series else { return number }
            return "\(number) de \(series)"
        },
        notGiven: "No aplicada",
        printRecord: "Registro de vacunas para la escuela (imprimir)",
        printSummary: "Resumen de salud (imprimir)",
        confidential: "Confidencial: solo usted y su equipo de atención pueden ver esto.",
        healthSummary: "Resumen de salud",
        immunizationRecord: "Registro de vacunas",
        patient: "Paciente",
        dateOfBirth: "Fecha de nacimiento",
        printedOn: "Impreso el",
        issuedBy: "De",
        printHint: "Use el comando Imprimir de su navegador para imprimir esta página o guardarla como PDF.",
        printButton: "Imprimir",
        recordStatement: { hospital in
            "Este registro incluye las vacunas aplicadas en \(hospital) o informadas al hospital, según el expediente médico del paciente."
        },
        noneActive: "Ninguno registrado."
    )
}
