import PortalCore

extension Strings {
    enum Home {
        static func nextAppointment(_ when: String) -> LocalizedText {
            LocalizedText(en: "Next appointment: \(when)", es: "Próxima cita: \(when)")
        }
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

        static func adulthoodForParent(name: String, date: String) -> LocalizedText {
            LocalizedText(
                en:
                    "\(name) turns 18 on \(date). On that day your access to \(name)'s record in the portal ends, as the law requires. \(name) can keep using the portal with an account of their own; if they do not have one yet, they can ask Health Information Management for an invitation.",
                es:
                    "\(name) cumple 18 años el \(date). Ese día termina su acceso al expediente de \(name) en el portal, como lo exige la ley. \(name) puede seguir usando el portal con su propia cuenta; si aún no la tiene, puede pedir una invitación a Información de Salud."
            )
        }
        static func adulthoodForPatient(date: String) -> LocalizedText {
            LocalizedText(
                en:
                    "You turn 18 on \(date). From that day only you can see your record in the portal: your parents' access ends by itself. Your account stays yours; make sure the e-mail address on it is one that only you read.",
                es:
                    "Usted cumple 18 años el \(date). Desde ese día solo usted puede ver su expediente en el portal: el acceso de sus padres termina por sí solo. Su cuenta sigue siendo suya; asegúrese de que el correo electrónico de la cuenta sea uno que solo usted lea."
            )
        }

        static func accessEnded(birthday: String) -> LocalizedText {
            LocalizedText(
                en:
                    "Your access to this record ended on the 18th birthday, \(birthday), as the law requires for adults. The patient can give you access again by signing a written authorization with Health Information Management.",
                es:
                    "Su acceso a este expediente terminó al cumplir 18 años, el \(birthday), como lo exige la ley para los adultos. El paciente puede volver a darle acceso firmando una autorización escrita con Información de Salud."
            )
        }

        static let staffTitle = LocalizedText(en: "Staff home", es: "Inicio del personal")
        static func role(_ role: StaffRoleName) -> LocalizedText { role.text }
        static let staffTools = LocalizedText(en: "Your tools", es: "Sus herramientas")
        static let manageAccess = LocalizedText(
            en: "Find a patient and manage who has portal access",
            es: "Buscar un paciente y administrar quién tiene acceso al portal")
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
