import PortalCore

extension ImagingText {
    static let spanish = ImagingText(
        title: "Informes de imágenes",
        titleFor: { name in "Informes de imágenes de \(name)" },
        intro: "Radiografías, ecografías y otros estudios, con el informe del radiólogo. Las imágenes se guardan en el hospital.",
        none: "Todavía no hay informes de imágenes en este expediente.",
        performed: "Realizado el",
        bodySite: "Parte del cuerpo",
        modality: "Tipo de estudio",
        findings: "Hallazgos",
        impression: "Conclusión",
        backToList: "Todos los informes de imágenes",
        modalityName: { code in
            switch code {
            case "CR", "DX": "Radiografía"
            case "US": "Ecografía"
            case "CT": "Tomografía computarizada"
            case "MR": "Resonancia magnética"
            case "NM": "Medicina nuclear"
            case "RF": "Fluoroscopia"
            default: code
            }
        }
    )
}
