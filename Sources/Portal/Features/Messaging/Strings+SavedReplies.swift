import PortalCore

extension Strings {
    enum SavedReplies {
        static func titleFor(_ careTeam: String) -> LocalizedText {
            LocalizedText(en: "Saved replies: \(careTeam)", es: "Respuestas guardadas: \(careTeam)")
        }
        static let intro = LocalizedText(
            en: "Texts this inbox's members can put in a reply and finish by hand.",
            es: "Textos que los miembros de esta bandeja pueden poner en una respuesta y completar a mano.")
        static let none = LocalizedText(en: "No saved replies yet.", es: "Todavía no hay respuestas guardadas.")
        static let add = LocalizedText(en: "Add a saved reply", es: "Agregar una respuesta guardada")
        static let name = LocalizedText(en: "Name", es: "Nombre")
        static let text = LocalizedText(en: "Text", es: "Texto")
        static let placeholderHint = LocalizedText(
            en: "Write {first_name} where the patient's first name should go.",
            es: "Escriba {nombre} donde debe ir el nombre del paciente.")
        static let save = LocalizedText(en: "Save", es: "Guardar")
        static let delete = LocalizedText(en: "Delete", es: "Eliminar")
        static func deleteNamed(_ title: String) -> LocalizedText {
            LocalizedText(en: "Delete \(title)", es: "Eliminar \(title)")
        }
        static let titleProblem = LocalizedText(
            en: "Give the reply a name of at most 80 characters.", es: "Dé a la respuesta un nombre de 80 caracteres como máximo."
        )
        static let notSaved = LocalizedText(
            en: "The reply was not saved. Please fix what is marked below.",
            es: "La respuesta no se guardó. Corrija lo que se indica abajo.")
    }
}
