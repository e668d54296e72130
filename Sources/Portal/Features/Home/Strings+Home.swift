import PortalCore

extension Strings {
    enum Home {
        static let memberTitle = LocalizedText(en: "Your family's health", es: "La salud de su familia")
        static let patientsHeading = LocalizedText(en: "Records you can see", es: "Expedientes que puede ver")
        static let noPatients = LocalizedText(
            en:
                "Your account is not linked to any patient's record yet. Health Information Management can help: call the number below.",
            es:
                "Su cuenta aún no está vinculada al expediente de ningún paciente. El departamento de Información de Salud puede ayudarle: llame al número de abajo."
        )
        static func age(_ years: Int) -> LocalizedText {
            LocalizedText(en: years == 1 ? "1 year old" : "\(years) years old", es: years == 1 ? "1 año" : "\(years) años")
        }

        static let staffTitle = LocalizedText(en: "Staff home", es: "Inicio del personal")
        static func role(_ role: StaffRoleName) -> LocalizedText { role.text }
        static let staffTools = LocalizedText(en: "Your tools", es: "Sus herramientas")
        static let auditTrail = LocalizedText(
            en: "Audit trail of access to patient information",
            es: "Registro de auditoría del acceso a la información de pacientes")
        static let staffNothingYet = LocalizedText(
            en: "Your work queues appear here as they are switched on for your role.",
            es: "Sus colas de trabajo aparecen aquí a medida que se activan para su función.")
    }

    enum StaffRoleName {
        case him, clinician, scheduler, administrator

        var text: LocalizedText {
            switch self {
            case .him: LocalizedText(en: "Health Information Management", es: "Administración de Información de Salud")
            case .clinician: LocalizedText(en: "Clinician", es: "Personal clínico")
            case .scheduler: LocalizedText(en: "Scheduler", es: "Programación de citas")
            case .administrator: LocalizedText(en: "Administrator", es: "Administración")
            }
        }
    }
}
