import PortalCore

extension Strings {
    enum Results {
        static let title = LocalizedText(en: "Test results", es: "Resultados de análisis")
        static func titleFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Test results for \(name)", es: "Resultados de análisis de \(name)")
        }
        static let intro = LocalizedText(
            en:
                "Results appear here as soon as the laboratory releases them, newest first. Values outside the usual range are marked in words.",
            es:
                "Los resultados aparecen aquí en cuanto el laboratorio los publica, del más reciente al más antiguo. Los valores fuera del rango habitual se indican con palabras."
        )
        static let delayNote = LocalizedText(
            en: "You chose to see new results only after a delay; you can change that in your account settings.",
            es:
                "Usted eligió ver los resultados nuevos solo después de un tiempo; puede cambiarlo en la configuración de su cuenta."
        )
        static let none = LocalizedText(
            en: "There are no test results in this record yet.", es: "Todavía no hay resultados de análisis en este expediente.")
        static let test = LocalizedText(en: "Test", es: "Análisis")
        static let value = LocalizedText(en: "Result", es: "Resultado")
        static let range = LocalizedText(en: "Usual range", es: "Rango habitual")
        static let flag = LocalizedText(en: "Flag", es: "Indicador")
        static let collected = LocalizedText(en: "Collected", es: "Muestra tomada")
        static let issued = LocalizedText(en: "Reported", es: "Informado")
        static let status = LocalizedText(en: "Status", es: "Estado")
        static let report = LocalizedText(en: "Part of", es: "Parte de")
        static let note = LocalizedText(en: "Laboratory note", es: "Nota del laboratorio")
        static let new = LocalizedText(en: "New", es: "Nuevo")
        static let corrected = LocalizedText(
            en: "Corrected: the laboratory changed this result after first reporting it.",
            es: "Corregido: el laboratorio cambió este resultado después de informarlo por primera vez.")
        static let correctedShort = LocalizedText(en: "Corrected", es: "Corregido")
        static let confidential = LocalizedText(
            en: "Confidential: only you and your care team can see this.",
            es: "Confidencial: solo usted y su equipo de atención pueden ver esto.")
        static let restricted = LocalizedText(
            en: "Restricted: visible to hospital staff only.", es: "Restringido: visible solo para el personal del hospital.")
        static let backToResults = LocalizedText(en: "All test results", es: "Todos los resultados")
        static let backToRecord = LocalizedText(en: "Back to the record", es: "Volver al expediente")
        static let newer = LocalizedText(en: "Newer results", es: "Resultados más recientes")
        static let older = LocalizedText(en: "Older results", es: "Resultados más antiguos")
        static let pages = LocalizedText(en: "Pages of results", es: "Páginas de resultados")
        static func rangeText(low: String?, high: String?) -> LocalizedText {
            switch (low, high) {
            case (let low?, let high?): LocalizedText(en: "\(low) to \(high)", es: "de \(low) a \(high)")
            case (let low?, nil): LocalizedText(en: "\(low) or more", es: "\(low) o más")
            case (nil, let high?): LocalizedText(en: "below \(high)", es: "menos de \(high)")
            case (nil, nil): LocalizedText(en: "", es: "")
            }
        }
        static let noValue = LocalizedText(en: "No value reported", es: "Sin valor informado")

        static func flag(_ flag: ResultFlag) -> LocalizedText {
            switch flag {
            case .normal: LocalizedText(en: "Normal", es: "Normal")
            case .low: LocalizedText(en: "Low", es: "Bajo")
            case .high: LocalizedText(en: "High", es: "Alto")
            case .criticallyLow: LocalizedText(en: "Very low", es: "Muy bajo")
            case .criticallyHigh: LocalizedText(en: "Very high", es: "Muy alto")
            case .abnormal: LocalizedText(en: "Abnormal", es: "Anormal")
            case .criticallyAbnormal: LocalizedText(en: "Very abnormal", es: "Muy anormal")
            }
        }

        static func status(_ code: String) -> LocalizedText {
            switch code {
            case "final": LocalizedText(en: "Final", es: "Final")
            case "preliminary", "registered", "partial": LocalizedText(en: "Preliminary", es: "Preliminar")
            case "corrected", "amended": LocalizedText(en: "Corrected", es: "Corregido")
            case "appended": LocalizedText(en: "Final, with an addition", es: "Final, con un agregado")
            case "cancelled": LocalizedText(en: "Cancelled", es: "Cancelado")
            default: LocalizedText(en: "Status unknown", es: "Estado desconocido")
            }
        }

        // The trend
        static func trendTitle(_ test: String) -> LocalizedText {
            LocalizedText(en: "\(test) over time", es: "\(test) a lo largo del tiempo")
        }
        static func chartDescription(_ test: String, count: Int, from: String, to: String) -> LocalizedText {
            LocalizedText(
                en:
                    "Chart of \(count) \(test) values from \(from) to \(to). The shaded band is the usual range; values outside it are drawn as squares. The table below lists every value.",
                es:
                    "Gráfico de \(count) valores de \(test) desde el \(from) hasta el \(to). La franja sombreada es el rango habitual; los valores fuera de ella se dibujan como cuadrados. La tabla de abajo muestra todos los valores."
            )
        }
        static func tableCaption(_ test: String) -> LocalizedText {
            LocalizedText(
                en: "Every \(test) value shown, newest first", es: "Todos los valores de \(test), del más reciente al más antiguo"
            )
        }
        static let showing = LocalizedText(en: "Show", es: "Mostrar")
        static func unitNote(_ unit: String) -> LocalizedText {
            LocalizedText(en: "Values in \(unit)", es: "Valores en \(unit)")
        }
        static let lastTwoYears = LocalizedText(en: "Last 2 years", es: "Últimos 2 años")
        static let lastFiveYears = LocalizedText(en: "Last 5 years", es: "Últimos 5 años")
        static let allYears = LocalizedText(en: "All", es: "Todo")
        static let onlyOne = LocalizedText(
            en: "This is the only value of this test in the period shown.",
            es: "Este es el único valor de este análisis en el período mostrado.")
        static let date = LocalizedText(en: "Date", es: "Fecha")

        // Clinician restriction
        static let restrictHeading = LocalizedText(en: "Release to the family", es: "Publicación a la familia")
        static let restrictExplanation = LocalizedText(
            en:
                "Results are released at once, as the Cures Act expects. Restrict only with a reason the law accepts (for example, to prevent harm); the family then sees nothing of this report.",
            es:
                "Los resultados se publican de inmediato, como exige la ley Cures. Restrinja solo con un motivo que la ley acepte (por ejemplo, para evitar un daño); la familia no verá nada de este informe."
        )
        static let restrictReason = LocalizedText(en: "Reason for restricting", es: "Motivo de la restricción")
        static let restrictButton = LocalizedText(en: "Restrict this report", es: "Restringir este informe")
        static let liftButton = LocalizedText(en: "Release it to the family again", es: "Volver a publicarlo a la familia")
        static func restrictedBecause(_ reason: String) -> LocalizedText {
            LocalizedText(en: "Restricted by a clinician: \(reason)", es: "Restringido por un médico: \(reason)")
        }
        static let reasonRequired = LocalizedText(
            en: "Write the reason for restricting (up to 500 characters).",
            es: "Escriba el motivo de la restricción (hasta 500 caracteres).")
    }
}
