import PortalCore

extension PatientsText {
    static let spanish = PatientsText(
        dateOfBirth: "Fecha de nacimiento",
        age: "Edad",
        legalName: "Nombre legal",
        recordNumber: "Número de expediente médico",
        inThisRecord: "En este expediente",
        documents: "Documentos",
        section: { name, count in "\(name.spanish) (\(count))" },
        newCount: { count in count == 1 ? "1 nuevo" : "\(count) nuevos" },
        yourAccess: "Su acceso",
        limitedExplanation:
            "Como su hijo o hija tiene 12 años o más, parte de su atención es privada por ley: por ejemplo, la salud sexual y reproductiva, la salud mental y el consumo de sustancias, y sus propios mensajes con el equipo de atención. Esos elementos no aparecen para usted.",
        fullExplanation: "Puede ver todo lo que el portal muestra de este paciente.",
        ownExplanation: "Este es su propio expediente. La información confidencial para usted no se muestra a sus padres.",
        specialExplanation:
            "Tiene acceso por un acuerdo especial registrado por el hospital, hasta la fecha que fijó el hospital.",
        authorizationExplanation:
            "El paciente le autorizó por escrito a ver su expediente hasta la fecha indicada. Los servicios sensibles, como la salud mental o la salud sexual, siguen siendo privados para el paciente.",
        questions:
            "Las preguntas sobre lo que escribió un profesional clínico van al equipo de atención. Otras preguntas sobre este expediente van a Información de Salud."
    )
}
