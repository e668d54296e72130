import PortalCore

extension Strings {
    enum Imaging {
        static let title = LocalizedText(en: "Imaging reports", es: "Informes de imágenes")
        static func titleFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Imaging reports for \(name)", es: "Informes de imágenes de \(name)")
        }
        static let intro = LocalizedText(
            en:
                "X-rays, ultrasounds and other scans, with the radiologist's report. The images themselves are kept at the hospital.",
            es: "Radiografías, ecografías y otros estudios, con el informe del radiólogo. Las imágenes se guardan en el hospital."
        )
        static let none = LocalizedText(
            en: "There are no imaging reports in this record yet.", es: "Todavía no hay informes de imágenes en este expediente.")
        static let performed = LocalizedText(en: "Done on", es: "Realizado el")
        static let bodySite = LocalizedText(en: "Part of the body", es: "Parte del cuerpo")
        static let modality = LocalizedText(en: "Kind of study", es: "Tipo de estudio")
        static let findings = LocalizedText(en: "Findings", es: "Hallazgos")
        static let impression = LocalizedText(en: "Impression", es: "Conclusión")
        static let backToList = LocalizedText(en: "All imaging reports", es: "Todos los informes de imágenes")

        static func modality(_ code: String) -> LocalizedText {
            switch code {
            case "CR", "DX": LocalizedText(en: "X-ray", es: "Radiografía")
            case "US": LocalizedText(en: "Ultrasound", es: "Ecografía")
            case "CT": LocalizedText(en: "CT scan", es: "Tomografía computarizada")
            case "MR": LocalizedText(en: "MRI", es: "Resonancia magnética")
            case "NM": LocalizedText(en: "Nuclear medicine", es: "Medicina nuclear")
            case "RF": LocalizedText(en: "Fluoroscopy", es: "Fluoroscopia")
            default: LocalizedText(en: code, es: code)
            }
        }
    }
}
