import PortalCore

extension Strings {
    enum EnrollmentQueue {
        static let title = LocalizedText(en: "Account requests", es: "Solicitudes de cuenta")
        static func pendingHeading(_ count: Int) -> LocalizedText {
            LocalizedText(en: "Waiting for a decision (\(count))", es: "Esperando una decisión (\(count))")
        }
        static let reportsHeading = LocalizedText(
            en: "Members who say someone else used their account", es: "Miembros que dicen que otra persona usó su cuenta")
        static let nothingPending = LocalizedText(en: "No request is waiting.", es: "No hay solicitudes en espera.")
        static let oldestFirst = LocalizedText(
            en: "Oldest first. Business days skip weekends and the hospital's holidays.",
            es: "Las más antiguas primero. Los días hábiles no cuentan fines de semana ni feriados del hospital.")
        static let patient = LocalizedText(en: "Patient", es: "Paciente")
        static let applicant = LocalizedText(en: "Applicant", es: "Solicitante")
        static let received = LocalizedText(en: "Received", es: "Recibida")
        static let applicantEmail = LocalizedText(en: "Applicant's e-mail", es: "Correo del solicitante")
        static let applicantPhone = LocalizedText(en: "Applicant's phone", es: "Teléfono del solicitante")
        static let waited = LocalizedText(en: "Waiting", es: "En espera")
        static func businessDays(_ count: Int) -> LocalizedText {
            LocalizedText(
                en: "\(count) business \(count == 1 ? "day" : "days")",
                es: "\(count) \(count == 1 ? "día hábil" : "días hábiles")")
        }
        static let late = LocalizedText(en: "Late", es: "Atrasada")
        static let decidedHeading = LocalizedText(en: "Latest decisions", es: "Decisiones recientes")
        static func statusName(_ status: EnrollmentRequest.Status) -> LocalizedText {
            switch status {
            case .pending: LocalizedText(en: "Waiting", es: "En espera")
            case .approved: LocalizedText(en: "Approved, invitation sent", es: "Aprobada, invitación enviada")
            case .rejected: LocalizedText(en: "Rejected", es: "Rechazada")
            }
        }
        static let approvedNotice = LocalizedText(
            en: "Approved. The invitation is on its way to the applicant.",
            es: "Aprobada. La invitación va en camino al solicitante.")
        static let rejectedNotice = LocalizedText(
            en: "Rejected. The applicant will get an e-mail with the reason.",
            es: "Rechazada. El solicitante recibirá un correo con el motivo.")

        static let requestTitle = LocalizedText(en: "Account request", es: "Solicitud de cuenta")
        static let takenByOther = LocalizedText(
            en:
                "Another HIM user decided this request a moment ago. Nothing was changed by your action; their decision is below.",
            es:
                "Otra persona de Información de Salud decidió esta solicitud hace un momento. Su acción no cambió nada; la decisión está abajo."
        )
        static func approvedBy(_ name: String, _ date: String) -> LocalizedText {
            LocalizedText(en: "Approved by \(name) on \(date).", es: "Aprobada por \(name) el \(date).")
        }
        static func rejectedBy(_ name: String, _ date: String, _ reason: EnrollmentRequest.RejectionReason) -> LocalizedText {
            LocalizedText(
                en: "Rejected by \(name) on \(date): \(reasonName(reason).english).",
                es: "Rechazada por \(name) el \(date): \(reasonName(reason).spanish).")
        }
        static let emailHasAccount = LocalizedText(
            en: "A portal account already uses this e-mail address. The applicant was told nothing about it.",
            es: "Ya hay una cuenta del portal con este correo. Al solicitante no se le dijo nada.")
        static func otherRequests(_ count: Int) -> LocalizedText {
            LocalizedText(
                en: "This e-mail address sent \(count) other \(count == 1 ? "request" : "requests").",
                es: "Este correo envió \(count) \(count == 1 ? "otra solicitud" : "otras solicitudes").")
        }
        static let phoneMatchesParent = LocalizedText(
            en:
                "The phone number matches one a parent or guardian gave for a patient with this date of birth. A teen's own account must be the teen's: confirm before approving.",
            es:
                "El teléfono coincide con uno que dio una madre, padre o tutor para un paciente con esta fecha de nacimiento. La cuenta propia de un adolescente debe ser suya: confirme antes de aprobar."
        )
        static let emailMatchesParent = LocalizedText(
            en: "A parent or guardian applied with this same e-mail address. A teen's own account cannot use it.",
            es:
                "Una madre, padre o tutor hizo una solicitud con este mismo correo. La cuenta propia del adolescente no puede usarlo."
        )
        static let answersHeading = LocalizedText(en: "What the applicant wrote", es: "Lo que escribió el solicitante")
        static let document = LocalizedText(en: "Identity document", es: "Documento de identidad")
        static let openDocument = LocalizedText(
            en: "Download the identity document (each view is recorded)",
            es: "Descargar el documento de identidad (cada vista queda registrada)")
        static let documentDeleted = LocalizedText(
            en: "Deleted after the retention period.", es: "Borrado al terminar el plazo de conservación.")
        static let patientAccessLink = LocalizedText(
            en: "See this patient's portal access and invitations",
            es: "Ver el acceso al portal y las invitaciones de este paciente")
        static let matchHeading = LocalizedText(en: "Match and approve", es: "Relacionar y aprobar")
        static let searchLabel = LocalizedText(en: "Name or record number", es: "Nombre o número de expediente")
        static let search = LocalizedText(en: "Search records", es: "Buscar expedientes")
        static let noCandidates = LocalizedText(
            en: "No patient record matches yet. Search by name and date of birth, or by record number.",
            es: "Todavía no coincide ningún expediente. Busque por nombre y fecha de nacimiento, o por número de expediente.")
        static let candidatesLegend = LocalizedText(en: "The patient's record", es: "El expediente del paciente")
        static let birthDateMatches = LocalizedText(en: "date of birth matches", es: "la fecha de nacimiento coincide")
        static let birthDateDiffers = LocalizedText(en: "date of birth differs", es: "la fecha de nacimiento no coincide")
        static let zipMatches = LocalizedText(en: "ZIP matches", es: "el código postal coincide")
        static let zipDiffers = LocalizedText(en: "ZIP differs", es: "el código postal no coincide")
        static let approve = LocalizedText(
            en: "Approve and send the invitation", es: "Aprobar y enviar la invitación")
        static let choosePatient = LocalizedText(
            en: "Choose the patient's record before approving.", es: "Elija el expediente del paciente antes de aprobar.")
        static let chooseRelationship = LocalizedText(
            en: "Choose a relationship that fits who applied.",
            es: "Elija una relación que corresponda a quien hizo la solicitud.")
        static let rejectHeading = LocalizedText(en: "Reject", es: "Rechazar")
        static let reason = LocalizedText(en: "Reason", es: "Motivo")
        static let reasonHint = LocalizedText(
            en: "The applicant's e-mail names this reason, in the words below, and nothing else.",
            es: "El correo al solicitante nombra este motivo, con las palabras de abajo, y nada más.")
        static func reasonName(_ reason: EnrollmentRequest.RejectionReason) -> LocalizedText {
            switch reason {
            case .documentUnreadable:
                LocalizedText(en: "The identification could not be read", es: "No se pudo leer la identificación")
            case .identityNotVerified:
                LocalizedText(
                    en: "The identification did not match the applicant", es: "La identificación no coincide con el solicitante")
            case .noMatchingRecord: LocalizedText(en: "No matching patient record", es: "Ningún expediente coincide")
            case .notEntitled:
                LocalizedText(
                    en: "The applicant may not have access to this record",
                    es: "El solicitante no puede tener acceso a este expediente")
            case .duplicate: LocalizedText(en: "A duplicate of another request", es: "Duplicada de otra solicitud")
            case .other: LocalizedText(en: "Another reason (explain in the note)", es: "Otro motivo (explíquelo en la nota)")
            }
        }
        /// The sentence the applicant reads; it never repeats HIM's note.
        static func reasonForApplicant(_ reason: EnrollmentRequest.RejectionReason) -> LocalizedText {
            switch reason {
            case .documentUnreadable:
                LocalizedText(
                    en: "We could not read the identification you sent.", es: "No pudimos leer la identificación que envió.")
            case .identityNotVerified:
                LocalizedText(
                    en: "We could not confirm your identity from the identification you sent.",
                    es: "No pudimos confirmar su identidad con la identificación que envió.")
            case .noMatchingRecord:
                LocalizedText(
                    en: "We could not find a hospital record that matches your answers.",
                    es: "No encontramos un expediente del hospital que coincida con sus respuestas.")
            case .notEntitled:
                LocalizedText(
                    en: "The hospital's rules do not allow this account for this record.",
                    es: "Las reglas del hospital no permiten esta cuenta para este expediente.")
            case .duplicate:
                LocalizedText(
                    en: "We received another request for the same account and are handling that one.",
                    es: "Recibimos otra solicitud para la misma cuenta y estamos atendiendo esa.")
            case .other:
                LocalizedText(
                    en: "Health Information Management could not approve it as sent.",
                    es: "Información de Salud no pudo aprobarla tal como se envió.")
            }
        }
        static let chooseReason = LocalizedText(en: "Choose a reason.", es: "Elija un motivo.")
        static let explainOther = LocalizedText(
            en: "For another reason, write a note saying what it is.", es: "Para otro motivo, escriba una nota que lo explique.")
        static let noteTooLong = LocalizedText(
            en: "Keep the note under 1,000 characters.", es: "La nota debe tener menos de 1000 caracteres.")
        static let note = LocalizedText(en: "Note for HIM's records", es: "Nota para los registros de Información de Salud")
        static let noteHint = LocalizedText(
            en: "Kept with the request; never sent to the applicant.",
            es: "Se guarda con la solicitud; nunca se envía al solicitante.")
        static let reject = LocalizedText(en: "Reject the request", es: "Rechazar la solicitud")
    }
}
