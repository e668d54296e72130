import PortalCore

extension DocumentsText {
    static let spanish = DocumentsText(
        title: "Documentos",
        titleFor: { name in "Documentos de \(name)" },
        intro: "Resúmenes de visitas, notas y cartas del equipo de atención, de la más reciente a la más antigua.",
        none: "Todavía no hay documentos en este expediente.",
        written: "Fecha",
        author: "Escrito por",
        patient: "Paciente",
        visit: "Visita",
        downloadPDF: "Descargar el documento (PDF)",
        dateOfBirth: "Fecha de nacimiento",
        confidential: "Confidencial: solo usted y su equipo de atención pueden ver este documento.",
        restricted: "Restringido: visible solo para el personal del hospital.",
        backToDocuments: "Todos los documentos",
        backToRecord: "Volver al expediente",
        printedOn: { date in "Impreso desde el portal del paciente el \(date)." }
    )
}
