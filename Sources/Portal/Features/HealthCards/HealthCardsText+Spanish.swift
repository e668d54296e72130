import PortalCore

extension HealthCardsText {
    static let spanish = HealthCardsText(
        title: "Registro verificable (SMART Health Card)",
        explanation: { hospital in
            "Una escuela, un campamento o una clínica puede escanear estos códigos con una aplicación verificadora de SMART Health Card para comprobar que este registro viene de \(hospital) y no ha sido modificado. Los códigos contienen el nombre, la fecha de nacimiento y las vacunas, nada más."
        },
        codeLabel: { index, total in "Código QR de SMART Health Card \(index) de \(total)" },
        codeCaption: { index, total, vaccines in
            "Código \(index) de \(total): \(vaccines.joined(separator: ", "))"
        },
        leftOut: { count in
            count == 1
                ? "1 vacuna de la lista no está en los códigos: está marcada como confidencial o no tiene un código de vacuna estándar."
                : "\(count) vacunas de la lista no están en los códigos: están marcadas como confidenciales o no tienen un código de vacuna estándar."
        },
        download: "Descargar el registro para una aplicación de billetera de salud (archivo .smart-health-card)")
}
