import PortalCore

extension Strings {
    enum Documents {
        static let title = LocalizedText(en: "Documents", es: "Documentos")
        static func titleFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Documents for \(name)", es: "Documentos de \(name)")
        }
        static let intro = LocalizedText(
            en: "Visit summaries, notes and letters from the care team, newest first.",
            es: "Resúmenes de visitas, notas y cartas del equipo de atención, de la más reciente a la más antigua.")
        static let none = LocalizedText(
            en: "There are no documents in this record yet.", es: "Todavía no hay documentos en este expediente.")
        static let written = LocalizedText(en: "Date", es: "Fecha")
        static let author = LocalizedText(en: "Written by", es: "Escrito por")
        static let patient = LocalizedText(en: "Patient", es: "Paciente")
        static let visit = LocalizedText(en: "Visit", es: "Visita")
        static let downloadPDF = LocalizedText(en: "Download the document (PDF)", es: "Descargar el documento (PDF)")
        static let dateOfBirth = LocalizedText(en: "Date of birth", es: "Fecha de nacimiento")
        static let confidential = LocalizedText(
            en: "Confidential: only you and your care team can see this document.",
            es: "Confidencial: solo usted y su equipo de atención pueden ver este documento.")
        static let restricted = LocalizedText(
            en: "Restricted: visible to hospital staff only.", es: "Restringido: visible solo para el personal del hospital.")
        static let backToDocuments = LocalizedText(en: "All documents", es: "Todos los documentos")
        static let backToRecord = LocalizedText(en: "Back to the record", es: "Volver al expediente")
        static func printedOn(_ date: String) -> LocalizedText {
            LocalizedText(
                en: "Printed from the patient portal on \(date).", es: "Impreso desde el portal del paciente el \(date).")
        }
    }
}
