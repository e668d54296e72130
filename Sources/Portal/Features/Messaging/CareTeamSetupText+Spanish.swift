import PortalCore

extension CareTeamSetupText {
    static let spanish = CareTeamSetupText(
        title: "Equipos de atención y bandejas",
        intro:
            "Cada equipo de atención y Administración de Información de Salud tiene una bandeja compartida. Las familias ven el nombre del equipo en su idioma y su tiempo de respuesta.",
        add: "Agregar una bandeja",
        create: "Crear bandeja",
        save: "Guardar la configuración",
        saved: "La configuración se guardó.",
        settings: "Configuración",
        members: "Quién trabaja en esta bandeja",
        noMembers: "Nadie todavía: sus mensajes esperan sin leer.",
        addMember: "Agregar a un colega",
        addButton: "Agregar",
        remove: "Quitar",
        removeNamed: { name in "Quitar a \(name)" },
        memberCount: { count in
            count == 1
                ? "1 persona" : "\(count) personas"
        },
        nameEnglish: "Nombre en inglés",
        nameSpanish: "Nombre en español",
        kind: "Tipo de bandeja",
        kindTeam: "Equipo de atención",
        kindHIM: "Administración de Información de Salud (preguntas sobre el expediente)",
        responseDays: "Tiempo de respuesta en días hábiles (1 a 10)",
        digest: "Enviar a sus miembros un resumen matutino de lo que espera",
        namesNeeded: "Dé a la bandeja un nombre en inglés y en español, de 80 caracteres como máximo cada uno.",
        daysNeeded: "El tiempo de respuesta debe ser un número entero de días hábiles entre 1 y 10.",
        kindNeeded: "Elija el tipo de bandeja.",
        nameTaken: "Otra bandeja ya tiene ese nombre en inglés.",
        confidential: "Equipo de atención confidencial",
        confidentialHint:
            "A los padres de un adolescente de 12 a 17 años no se les muestra el nombre de este equipo y no pueden escribirle. Elija el tipo de atención que da.",
        categoryUnknown: "Elija un tipo de atención de la lista. HIM no puede ser confidencial."
    )
}
