import PortalCore

extension Strings {
    enum GrantTools {
        static let searchTitle = LocalizedText(en: "Find a patient", es: "Buscar un paciente")
        static let searchLabel = LocalizedText(
            en: "Medical record number or name", es: "Número de expediente médico o nombre")
        static let search = LocalizedText(en: "Search", es: "Buscar")
        static let noMatches = LocalizedText(en: "No patient matches.", es: "Ningún paciente coincide.")
        static let searchTooShort = LocalizedText(
            en: "Enter a record number or at least 2 letters of a name.",
            es: "Escriba un número de expediente o al menos 2 letras de un nombre.")
        static let endedAtEighteenTitle = LocalizedText(
            en: "Parent access that ended at 18 in the last 30 days",
            es: "Acceso de padres que terminó a los 18 años en los últimos 30 días")
        static let noneEnded = LocalizedText(
            en: "No parent access ended at 18 in the last 30 days.",
            es: "Ningún acceso de padres terminó a los 18 años en los últimos 30 días.")
        static func endedOn(_ date: String) -> LocalizedText {
            LocalizedText(en: "ended on the 18th birthday, \(date)", es: "terminó al cumplir 18 años, el \(date)")
        }

        static let accessHeading = LocalizedText(en: "Portal access", es: "Acceso al portal")
        static let noGrants = LocalizedText(
            en: "No portal account has ever had access to this record.",
            es: "Ninguna cuenta del portal ha tenido acceso a este expediente.")
        static let account = LocalizedText(en: "Account", es: "Cuenta")
        static let relationship = LocalizedText(en: "Relationship", es: "Relación")
        static let kind = LocalizedText(en: "Kind", es: "Tipo")
        static let dates = LocalizedText(en: "Dates", es: "Fechas")
        static let status = LocalizedText(en: "Status", es: "Estado")
        static let recordedBy = LocalizedText(en: "Recorded by", es: "Registrado por")
        static let reason = LocalizedText(en: "Reason", es: "Motivo")
        static let document = LocalizedText(en: "Supporting document", es: "Documento de respaldo")
        static let openDocument = LocalizedText(en: "Open document", es: "Abrir documento")
        static let enrollment = LocalizedText(en: "Enrollment", es: "Inscripción")
        static let courtOrdered = LocalizedText(en: "court ordered", es: "por orden judicial")
        static func from(_ start: String, until end: String?) -> LocalizedText {
            LocalizedText(
                en: end.map { "\(start) to \($0)" } ?? "from \(start)",
                es: end.map { "del \(start) al \($0)" } ?? "desde el \(start)")
        }

        static func relationshipName(_ relationship: Relationship) -> LocalizedText {
            switch relationship {
            case .self: LocalizedText(en: "The patient", es: "El paciente")
            case .parent: LocalizedText(en: "Parent", es: "Madre o padre")
            case .legalGuardian: LocalizedText(en: "Legal guardian", es: "Tutor legal")
            case .other: LocalizedText(en: "Other authorized person", es: "Otra persona autorizada")
            }
        }

        static func kindName(_ kind: GrantKind) -> LocalizedText {
            switch kind {
            case .ordinary: LocalizedText(en: "Ordinary (age rules)", es: "Ordinario (reglas de edad)")
            case .adultGuardianship:
                LocalizedText(en: "Guardianship or conservatorship of an adult", es: "Tutela o curatela de un adulto")
            case .adultAuthorization:
                LocalizedText(en: "Adult patient's written authorization", es: "Autorización escrita del paciente adulto")
            case .adolescentLacksCapacity:
                LocalizedText(
                    en: "Parent of a 12-17-year-old who lacks capacity",
                    es: "Padre o madre de un paciente de 12 a 17 años sin capacidad")
            }
        }

        static func statusText(_ status: GrantStatus, language: Language) -> String {
            switch status {
            case .inForce: return LocalizedText(en: "In force", es: "Vigente")(language)
            case .notYetStarted(let day):
                return LocalizedText(en: "Starts on", es: "Empieza el")(language) + " " + DateText.long(day, language: language)
            case .ended(let day):
                return LocalizedText(en: "Ended; last day", es: "Terminó; último día")(language) + " "
                    + DateText.long(day, language: language)
            case .endedAtEighteen(let birthday):
                return LocalizedText(en: "Ended at 18 on", es: "Terminó a los 18 años el")(language) + " "
                    + DateText.long(birthday, language: language)
            case .revoked: return LocalizedText(en: "Revoked", es: "Revocado")(language)
            case .noAccessAtThisAge:
                return LocalizedText(
                    en: "Gives no access at the patient's current age", es: "No da acceso a la edad actual del paciente")(
                        language)
            }
        }

        static let revokedBy = LocalizedText(en: "Revoked by", es: "Revocado por")
        static let revoke = LocalizedText(en: "Revoke", es: "Revocar")
        static let revokeReason = LocalizedText(en: "Reason for revoking", es: "Motivo de la revocación")
        static let revokeReasonRequired = LocalizedText(
            en: "Write why this access is being revoked.", es: "Escriba por qué se revoca este acceso.")
        static let revoked = LocalizedText(
            en: "Access revoked. The account lost access to this record with its next request.",
            es: "Acceso revocado. La cuenta perdió el acceso a este expediente con su siguiente solicitud.")
        static let added = LocalizedText(
            en: "Special circumstance recorded.", es: "Circunstancia especial registrada.")

        static let addHeading = LocalizedText(en: "Record a special circumstance", es: "Registrar una circunstancia especial")
        static let addIntro = LocalizedText(
            en:
                "Use this only with a supporting document: a court order of guardianship or conservatorship, the adult patient's signed authorization, or the clinician's determination that a 12-17-year-old lacks capacity.",
            es:
                "Úselo solo con un documento de respaldo: una orden judicial de tutela o curatela, la autorización firmada del paciente adulto, o la determinación clínica de que un paciente de 12 a 17 años no tiene capacidad."
        )
        static let memberEmail = LocalizedText(
            en: "Sign-in e-mail of the person's portal account", es: "Correo de inicio de sesión de la cuenta de la persona")
        static let firstDay = LocalizedText(en: "First day", es: "Primer día")
        static let lastDay = LocalizedText(en: "Last day", es: "Último día")
        static let dateHint = LocalizedText(en: "For example 2027-03-31", es: "Por ejemplo 2027-03-31")
        static let courtOrderedLabel = LocalizedText(
            en: "A court order sets this period (an authorization may then run past 18 months)",
            es: "Una orden judicial fija este período (una autorización puede entonces durar más de 18 meses)")
        static let documentHint = LocalizedText(
            en: "JPEG, PNG, HEIC or PDF, up to 10 MB. Stored encrypted; only HIM can open it.",
            es: "JPEG, PNG, HEIC o PDF, hasta 10 MB. Se guarda cifrado; solo Información de Salud puede abrirlo.")
        static let record = LocalizedText(en: "Record special circumstance", es: "Registrar circunstancia especial")
        static let inviteHeading = LocalizedText(en: "Invite to the portal", es: "Invitar al portal")
        static let inviteIntro = LocalizedText(
            en:
                "Sends a single-use link, valid for 90 days, that asks for the patient's ZIP code and date of birth. A new invitation to the same person replaces the old link.",
            es:
                "Envía un enlace de un solo uso, válido por 90 días, que pide el código postal y la fecha de nacimiento del paciente. Una nueva invitación a la misma persona reemplaza el enlace anterior."
        )
        static let inviteEmail = LocalizedText(en: "E-mail address to invite", es: "Correo electrónico a invitar")
        static let sendInvitation = LocalizedText(en: "Send invitation", es: "Enviar invitación")
        static let invited = LocalizedText(en: "Invitation sent.", es: "Invitación enviada.")
        static func inviteProblem(_ problem: Invitations.Problem) -> LocalizedText {
            switch problem {
            case .badEmail: badInviteEmail
            case .notAllowedAtThisAge: inviteNotAllowed
            case .emailUsedByOtherSide: emailUsedByOtherSide
            }
        }
        static let emailUsedByOtherSide = LocalizedText(
            en:
                "A patient's own account and a parent's or guardian's account may not share an e-mail address, and this address is already on the other side. Ask for an address only that person reads.",
            es:
                "La cuenta propia del paciente y la de su madre, padre o tutor no pueden compartir un correo, y esta dirección ya está del otro lado. Pida una dirección que solo lea esa persona."
        )
        static let badInviteEmail = LocalizedText(
            en: "Enter a plain e-mail address, such as name@example.org.",
            es: "Escriba una dirección de correo sencilla, como nombre@example.org.")
        static let inviteNotAllowed = LocalizedText(
            en: "The age rules do not allow that: a patient's own account from age 12, a parent's or guardian's until 18.",
            es:
                "Las reglas de edad no lo permiten: la cuenta propia del paciente desde los 12 años, la de madre, padre o tutor hasta los 18."
        )
        static func invitationState(_ state: InvitationRules.State) -> LocalizedText {
            switch state {
            case .usable: LocalizedText(en: "waiting to be used", es: "pendiente de uso")
            case .used: LocalizedText(en: "used", es: "usada")
            case .replaced: LocalizedText(en: "replaced by a newer one", es: "reemplazada por una más reciente")
            case .expired: LocalizedText(en: "expired", es: "vencida")
            case .locked: LocalizedText(en: "locked after wrong answers", es: "bloqueada por respuestas incorrectas")
            }
        }
    }
}
