import PortalCore

extension SavedRepliesText {
    static let spanish = SavedRepliesText(
        titleFor: { careTeam in "Respuestas guardadas: \(careTeam)" },
        intro: "Textos que los miembros de esta bandeja pueden poner en una respuesta y completar a mano.",
        none: "Todavía no hay respuestas guardadas.",
        add: "Agregar una respuesta guardada",
        name: "Nombre",
        text: "Texto",
        placeholderHint: "Escriba {nombre} donde debe ir el nombre del paciente.",
        save: "Guardar",
        delete: "Eliminar",
        deleteNamed: { title in "Eliminar \(title)" },
        titleProblem: "Dé a la respuesta un nombre de 80 caracteres como máximo.",
        notSaved: "La respuesta no se guardó. Corrija lo que se indica abajo."
    )
}
