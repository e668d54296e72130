import PortalCore

extension RecordSearchText {
    static let spanish = RecordSearchText(
        title: "Abrir el expediente de un paciente",
        intro:
            "Abra el expediente de un paciente tal como lo muestra el portal, con los controles para restringir un resultado o documento.",
        label: "Número de expediente o parte del nombre legal",
        search: "Buscar",
        tooShort: "Escriba al menos dos caracteres.",
        none: "Ningún paciente coincide."
    )
}
