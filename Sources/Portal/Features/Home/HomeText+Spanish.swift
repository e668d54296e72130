import PortalCore

extension HomeText {
    static let spanish = HomeText(
        nextAppointment: { when in "Próxima cita: \(when)" },
        memberTitle: "La salud de su familia",
        patientsHeading: "Expedientes que puede ver",
        noPatients:
            "Su cuenta aún no está vinculada al expediente de ningún paciente. El departamento de Información de Salud puede ayudarle: llame al número de abajo.",
        age: { years in years == 1 ? "1 año" : "\(years) años" },
        adulthoodForParent: { name, date in
            "\(name) cumple 18 años el \(date). Ese día termina su acceso al expediente de \(name) en el portal, como lo exige la ley. \(name) puede seguir usando el portal con su propia cuenta; si aún no la tiene, puede pedir una invitación a Información de Salud."
        },
        adulthoodForPatient: { date in
            "Usted cumple 18 años el \(date). Desde ese día solo usted puede ver su expediente en el portal: el acceso de sus padres termina por sí solo. Su cuenta sigue siendo suya; asegúrese de que el correo electrónico de la cuenta sea uno que solo usted lea."
        },
        accessEnded: { birthday in
            "Su acceso a este expediente terminó al cumplir 18 años, el \(birthday), como lo exige la ley para los adultos. El paciente puede volver a darle acceso firmando una autorización escrita con Información de Salud."
        },
        staffTitle: "Inicio del personal",
        staffTools: "Sus herramientas",
        manageAccess: "Buscar un paciente y administrar quién tiene acceso al portal",
        auditTrail: "Registro de auditoría del acceso a la información de pacientes",
        staffNothingYet: "Sus colas de trabajo aparecen aquí a medida que se activan para su función.",
        role: { role in
            switch role {
            case .him: "Administración de Información de Salud"
            case .clinician: "Personal clínico"
            case .scheduler: "Programación de citas"
            case .administrator: "Administración"
            }
        }
    )
}
