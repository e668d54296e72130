import PortalCore

extension Strings {
    enum CareTeamInbox {
        static let title = LocalizedText(en: "Care team inboxes", es: "Bandejas de los equipos de atención")
        static let intro = LocalizedText(
            en: "The shared inboxes you work. Threads waiting longest are listed first.",
            es: "Las bandejas compartidas en las que trabaja. Los hilos que más esperan aparecen primero.")
        static let noCareTeams = LocalizedText(
            en: "You are not a member of any inbox. An administrator adds staff to care teams.",
            es: "No es miembro de ninguna bandeja. Un administrador agrega al personal a los equipos de atención.")
        static func waitingSummary(waiting: Int, late: Int) -> LocalizedText {
            LocalizedText(en: "\(waiting) waiting, \(late) late", es: "\(waiting) en espera, \(late) con retraso")
        }
        static func responseTime(_ days: Int) -> LocalizedText {
            LocalizedText(en: "Response time: \(days) business days", es: "Tiempo de respuesta: \(days) días hábiles")
        }
        static let open = LocalizedText(en: "Open", es: "Abiertos")
        static let done = LocalizedText(en: "Done", es: "Terminados")
        static let patient = LocalizedText(en: "Patient", es: "Paciente")
        static let subject = LocalizedText(en: "Subject", es: "Asunto")
        static let waited = LocalizedText(en: "Waiting", es: "En espera")
        static let assignee = LocalizedText(en: "Assigned to", es: "Asignado a")
        static let answered = LocalizedText(en: "Answered", es: "Respondido")
        static let noThreads = LocalizedText(en: "Nothing here.", es: "No hay nada aquí.")
        static func businessDays(_ days: Int) -> LocalizedText {
            days == 0
                ? LocalizedText(en: "Less than 1 business day", es: "Menos de 1 día hábil")
                : days == 1
                    ? LocalizedText(en: "1 business day", es: "1 día hábil")
                    : LocalizedText(en: "\(days) business days", es: "\(days) días hábiles")
        }
        static func waitedFor(_ days: Int) -> LocalizedText {
            days == 0
                ? LocalizedText(en: "Waiting less than 1 business day", es: "En espera desde hace menos de 1 día hábil")
                : days == 1
                    ? LocalizedText(en: "Waiting 1 business day", es: "En espera desde hace 1 día hábil")
                    : LocalizedText(en: "Waiting \(days) business days", es: "En espera desde hace \(days) días hábiles")
        }
        static let late = LocalizedText(en: "Past response time", es: "Fuera de plazo")
        static let allCareTeams = LocalizedText(en: "All inboxes", es: "Todas las bandejas")
        static let newer = LocalizedText(en: "Previous page", es: "Página anterior")
        static let older = LocalizedText(en: "Next page", es: "Página siguiente")
        static let pages = LocalizedText(en: "Pages of threads", es: "Páginas de hilos")

        static let patientBanner = LocalizedText(en: "Patient", es: "Paciente")
        static func age(_ years: Int) -> LocalizedText {
            LocalizedText(en: "\(years) years old", es: "\(years) años")
        }
        static let openRecord = LocalizedText(en: "Open the record", es: "Abrir el expediente")
        static func startedBy(_ who: String) -> LocalizedText {
            LocalizedText(en: "Started by \(who)", es: "Iniciado por \(who)")
        }
        static func writer(_ name: String, _ relationship: LocalizedText) -> LocalizedText {
            LocalizedText(en: "\(name) (\(relationship(.english)))", es: "\(name) (\(relationship(.spanish)))")
        }
        static func relationship(_ relationship: Relationship?) -> LocalizedText {
            switch relationship {
            case .self: LocalizedText(en: "the patient", es: "el paciente")
            case .parent: LocalizedText(en: "parent", es: "madre o padre")
            case .legalGuardian: LocalizedText(en: "legal guardian", es: "tutor legal")
            case .other, nil: LocalizedText(en: "authorized person", es: "persona autorizada")
            }
        }
        /// Who reads the thread besides the care team, so a reply is written for them.
        static func readBy(_ audience: ThreadAudience) -> LocalizedText {
            switch audience {
            case .patient:
                LocalizedText(
                    en: "Read by the patient only, not the parents", es: "Solo lo lee el paciente, no los padres")
            case .proxies:
                LocalizedText(
                    en: "Read by the parents and guardians, not the patient",
                    es: "Lo leen los padres y tutores, no el paciente")
            }
        }
        static func assignedTo(_ name: String) -> LocalizedText {
            LocalizedText(en: "Assigned to \(name)", es: "Asignado a \(name)")
        }
        static let unassigned = LocalizedText(en: "Not assigned", es: "Sin asignar")
        static let checkFirst = LocalizedText(en: "Medicines and allergies", es: "Medicamentos y alergias")
        static let activeMedications = LocalizedText(en: "Active medicines", es: "Medicamentos activos")
        static let allergies = LocalizedText(en: "Allergies", es: "Alergias")
        static let noneRecorded = LocalizedText(en: "None recorded.", es: "Ninguno registrado.")
        static let controls = LocalizedText(en: "Thread", es: "Hilo")
        static let assignTo = LocalizedText(en: "Assign to", es: "Asignar a")
        static let nobody = LocalizedText(en: "Nobody", es: "Nadie")
        static let assign = LocalizedText(en: "Assign", es: "Asignar")
        static let moveTo = LocalizedText(en: "Move to inbox", es: "Mover a la bandeja")
        static let move = LocalizedText(en: "Move", es: "Mover")
        static let markDone = LocalizedText(en: "Mark done", es: "Marcar como terminado")
        static let reopen = LocalizedText(en: "Reopen", es: "Reabrir")
        static let restrict = LocalizedText(en: "Restrict thread", es: "Restringir hilo")
        static let liftRestriction = LocalizedText(en: "Lift the restriction", es: "Quitar la restricción")
        static let restrictExplanation = LocalizedText(
            en: "A restricted thread is hidden from the patient's parents and guardians. The reason is kept with it.",
            es: "Un hilo restringido se oculta a los padres y tutores del paciente. El motivo se guarda con él.")
        static func restrictedBecause(_ reason: String) -> LocalizedText {
            LocalizedText(en: "Restricted: \(reason)", es: "Restringido: \(reason)")
        }
        static let patientTeamsHeading = LocalizedText(en: "Care teams for messages", es: "Equipos de atención para mensajes")
        static let patientTeamsLegend = LocalizedText(
            en: "The family can write to", es: "La familia puede escribir a")
        static let patientTeamsHint = LocalizedText(
            en: "Health Information Management is always offered for questions about records.",
            es: "Administración de Información de Salud siempre se ofrece para preguntas sobre el expediente.")
        static let saveTeams = LocalizedText(en: "Save care teams", es: "Guardar equipos")
        static let teamsSaved = LocalizedText(en: "The care teams were saved.", es: "Los equipos se guardaron.")
        static let savedReplies = LocalizedText(en: "Saved replies", es: "Respuestas guardadas")
        static let movedWhileTyping = LocalizedText(
            en: "This thread was moved to another inbox while you were typing, so your reply was not sent. Your text is below.",
            es: "Este hilo se movió a otra bandeja mientras escribía, así que su respuesta no se envió. Su texto está abajo.")
        static let notInCareTeam = LocalizedText(
            en: "Only members of this thread's inbox can change it or reply.",
            es: "Solo los miembros de la bandeja de este hilo pueden cambiarlo o responder.")
        static let changed = LocalizedText(en: "The thread was updated.", es: "El hilo se actualizó.")
        static let invalidChange = LocalizedText(
            en: "That change cannot be made. Choose a colleague in this inbox or another inbox.",
            es: "Ese cambio no se puede hacer. Elija un colega de esta bandeja u otra bandeja.")
        static let reasonNeeded = LocalizedText(
            en: "Give a reason of at most 500 characters to restrict the thread.",
            es: "Indique un motivo de 500 caracteres como máximo para restringir el hilo.")
    }
}
