import PortalCore

extension Strings {
    enum RecordSearch {
        static let title = LocalizedText(en: "Open a patient's record", es: "Abrir el expediente de un paciente")
        static let intro = LocalizedText(
            en: "Open a patient's record as the portal shows it, with the controls to restrict a result or document.",
            es:
                "Abra el expediente de un paciente tal como lo muestra el portal, con los controles para restringir un resultado o documento."
        )
        static let label = LocalizedText(
            en: "Record number or part of the legal name", es: "Número de expediente o parte del nombre legal")
        static let search = LocalizedText(en: "Search", es: "Buscar")
        static let tooShort = LocalizedText(
            en: "Type at least two characters.", es: "Escriba al menos dos caracteres.")
        static let none = LocalizedText(en: "No patient matches.", es: "Ningún paciente coincide.")
    }
}
