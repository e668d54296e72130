import PortalCore

extension Strings {
    enum AuditTrail {
        static let title = LocalizedText(en: "Audit trail", es: "Registro de auditoría")
        static let intro = LocalizedText(
            en:
                "Every sign-in and every access to patient information, newest first. Entries cannot be changed, and each is chained to the one before it so that any change would be detected.",
            es:
                "Cada inicio de sesión y cada acceso a información de pacientes, del más reciente al más antiguo. Las entradas no se pueden cambiar, y cada una está encadenada a la anterior para que cualquier cambio se detecte."
        )
        static let filter = LocalizedText(en: "Filter", es: "Filtrar")
        static let action = LocalizedText(en: "Action", es: "Acción")
        static let anyAction = LocalizedText(en: "Any action", es: "Cualquier acción")
        static let outcome = LocalizedText(en: "Outcome", es: "Resultado")
        static let anyOutcome = LocalizedText(en: "Any outcome", es: "Cualquier resultado")
        static let patient = LocalizedText(en: "Patient record number", es: "Número de expediente del paciente")
        static let day = LocalizedText(en: "Day", es: "Día")
        static let number = LocalizedText(en: "No.", es: "N.º")
        static let time = LocalizedText(en: "Time", es: "Hora")
        static let who = LocalizedText(en: "Who", es: "Quién")
        static let from = LocalizedText(en: "From", es: "Desde")
        static let older = LocalizedText(en: "Older entries", es: "Entradas anteriores")
        static let none = LocalizedText(en: "No entries match.", es: "Ninguna entrada coincide.")
        static let badFilter = LocalizedText(
            en:
                "Some filters were not understood and were ignored: use a record number such as MRN100001 and a day such as 2026-11-24.",
            es:
                "Algunos filtros no se entendieron y se ignoraron: use un número de expediente como MRN100001 y un día como 2026-11-24."
        )
    }
}
