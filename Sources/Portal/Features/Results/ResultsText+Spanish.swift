import PortalCore

extension ResultsText {
    static let spanish = ResultsText(
        title: "Resultados de análisis",
        titleFor: { name in "Resultados de análisis de \(name)" },
        intro:
            "Los resultados aparecen aquí en cuanto el laboratorio los publica, del más reciente al más antiguo. Los valores fuera del rango habitual se indican con palabras.",
        delayNote:
            "Usted eligió ver los resultados nuevos solo después de un tiempo; puede cambiarlo en la configuración de su cuenta.",
        none: "Todavía no hay resultados de análisis en este expediente.",
        test: "Análisis",
        value: "Resultado",
        range: "Rango habitual",
        flag: "Indicador",
        collected: "Muestra tomada",
        issued: "Informado",
        status: "Estado",
        report: "Parte de",
        note: "Nota del laboratorio",
        new: "Nuevo",
        corrected: "Corregido: el laboratorio cambió este resultado después de informarlo por primera vez.",
        correctedShort: "Corregido",
        confidential: "Confidencial: solo usted y su equipo de atención pueden ver esto.",
        restricted: "Restringido: visible solo para el personal del hospital.",
        backToResults: "Todos los resultados",
        backToRecord: "Volver al expediente",
        newer: "Resultados más recientes",
        older: "Resultados más antiguos",
        pages: "Páginas de resultados",
        rangeText: { low, high in
            switch (low, high) {
            case (let low?, let high?): "de \(low) a \(high)"
            case (let low?, nil): "\(low) o más"
            case (nil, let high?): "menos de \(high)"
            case (nil, nil): ""
            }
        },
        noValue: "Sin valor informado",
        flagName: { flag in
            switch flag {
            case .normal: "Normal"
            case .low: "Bajo"
            case .high: "Alto"
            case .criticallyLow: "Muy bajo"
            case .criticallyHigh: "Muy alto"
            case .abnormal: "Anormal"
            case .criticallyAbnormal: "Muy anormal"
            }
        },
        statusName: { code in
            switch code {
            case "final": "Final"
            case "preliminary", "registered", "partial": "Preliminar"
            case "corrected", "amended": "Corregido"
            case "appended": "Final, con un agregado"
            case "cancelled": "Cancelado"
            default: "Estado desconocido"
            }
        },
        trendTitle: { test in "\(test) a lo largo del tiempo" },
        chartDescription: { test, count, from, to in
            "Gráfico de \(count) valores de \(test) desde el \(from) hasta el \(to). La franja sombreada es el rango habitual; los valores fuera de ella se dibujan como cuadrados. La tabla de abajo muestra todos los valores."
        },
        chartSampled:
            "El gráfico dibuja el valor más bajo y el más alto de cada tramo de tiempo, con el primero y el último; la tabla muestra todos los valores.",
        valuePages: "Páginas de valores",
        newerValues: "Valores más recientes",
        olderValues: "Valores más antiguos",
        tableCaption: { test in "Todos los valores de \(test), del más reciente al más antiguo" },
        showing: "Mostrar",
        unitNote: { unit in "Valores en \(unit)" },
        lastTwoYears: "Últimos 2 años",
        lastFiveYears: "Últimos 5 años",
        allYears: "Todo",
        onlyOne: "Este es el único valor de este análisis en el período mostrado.",
        date: "Fecha",
        restrictHeading: "Publicación a la familia",
        restrictExplanation:
            "La información se publica de inmediato, como exige la ley Cures. Ocúltela solo con un motivo que la ley acepte (por ejemplo, para evitar un daño): a toda la familia, que no verá nada, o, para la atención confidencial de un adolescente de 12 a 17 años, solo a los padres.",
        restrictReason: "Motivo para ocultarlo",
        restrictButton: "Ocultar a toda la familia",
        markAdolescentButton: "Ocultar solo a los padres (confidencial del adolescente)",
        liftButton: "Volver a publicarlo a la familia",
        restrictedBecause: { reason in "Oculto a la familia por un médico: \(reason)" },
        markedConfidentialBecause: { reason in "Oculto a los padres por un médico: \(reason)" },
        reasonRequired: "Escriba el motivo de la restricción (hasta 500 caracteres)."
    )
}
