import PortalCore

extension GrantToolsText {
    static let spanish = GrantToolsText(
        searchTitle: "Buscar un paciente",
        searchLabel: "Número de expediente médico o nombre",
        search: "Buscar",
        noMatches: "Ningún paciente coincide.",
        searchTooShort: "Escriba un número de expediente o al menos 2 letras de un nombre.",
        endedAtEighteenTitle: "Acceso de padres que terminó a los 18 años en los últimos 30 días",
        noneEnded: "Ningún acceso de padres terminó a los 18 años en los últimos 30 días.",
        endedOn: { date in "terminó al cumplir 18 años, el \(date)" },
        accessHeading: "Acceso al portal",
        noGrants: "Ninguna cuenta del portal ha tenido acceso a este expediente.",
        account: "Cuenta",
        relationship: "Relación",
        kind: "Tipo",
        dates: "Fechas",
        status: "Estado",
        recordedBy: "Registrado por",
        reason: "Motivo",
        document: "Documento de respaldo",
        openDocument: "Abrir documento",
        enrollment: "Inscripción",
        courtOrdered: "por orden judicial",
        from: { start, end in end.map { "del \(start) al \($0)" } ?? "desde el \(start)" },
        relationshipName: { relationship in
            switch relationship {
            case .self: "El paciente"
            case .parent: "Madre o padre"
            case .legalGuardian: "Tutor legal"
            case .other: "Otra persona autorizada"
            }
        },
        kindName: { kind in
            switch kind {
            case .ordinary: "Ordinario (reglas de edad)"
            case .adultGuardianship:
                "Tutela o curatela de un adulto"
            case .adultAuthorization:
                "Autorización escrita del paciente adulto"
            case .adolescentLacksCapacity:
                "Padre o madre de un paciente de 12 a 17 años sin capacidad"
            }
        },
        revokedBy: "Revocado por",
        revoke: "Revocar",
        revokeReason: "Motivo de la revocación",
        revokeReasonRequired: "Escriba por qué se revoca este acceso.",
        revoked: "Acceso revocado. La cuenta perdió el acceso a este expediente con su siguiente solicitud.",
        added: "Circunstancia especial registrada.",
        addHeading: "Registrar una circunstancia especial",
        addIntro:
            "Úselo solo con un documento de respaldo: una orden judicial de tutela o curatela, la autorización firmada del paciente adulto, o la determinación clínica de que un paciente de 12 a 17 años no tiene capacidad.",
        memberEmail: "Correo de inicio de sesión de la cuenta de la persona",
        firstDay: "Primer día",
        lastDay: "Último día",
        dateHint: "Por ejemplo 2027-03-31",
        courtOrderedLabel: "Una orden judicial fija este período (una autorización puede entonces durar más de 18 meses)",
        documentHint: "JPEG, PNG, HEIC o PDF, hasta 10 MB. Se guarda cifrado; solo Información de Salud puede abrirlo.",
        record: "Registrar circunstancia especial",
        inviteHeading: "Invitar al portal",
        inviteIntro:
            "Envía un enlace de un solo uso, válido por 90 días, que pide el código postal y la fecha de nacimiento del paciente. Una nueva invitación a la misma persona reemplaza el enlace anterior.",
        inviteEmail: "Correo electrónico a invitar",
        sendInvitation: "Enviar invitación",
        invited: "Invitación enviada.",
        inviteProblem: { problem in
            switch problem {
            case .badEmail: "Escriba una dirección de correo sencilla, como nombre@example.org."
            case .notAllowedAtThisAge:
                "Las reglas de edad no lo permiten: la cuenta propia del paciente desde los 12 años, la de madre, padre o tutor hasta los 18."
            case .emailUsedByOtherSide:
                "La cuenta propia del paciente y la de su madre, padre o tutor no pueden compartir un correo, y esta dirección ya está del otro lado. Pida una dirección que solo lea esa persona."
            case .emailHasAccount:
                "Esta dirección ya tiene una cuenta del portal, así que no puede ser el acceso propio de un paciente. Pida al paciente una dirección que solo lea él o ella."
            }
        },
        invitationState: { state in
            switch state {
            case .usable: "pendiente de uso"
            case .used: "usada"
            case .replaced: "reemplazada por una más reciente"
            case .expired: "vencida"
            case .locked: "bloqueada por respuestas incorrectas"
            }
        },
        grantStatus: { status in
            switch status {
            case .inForce: "Vigente"
            case .notYetStarted(let day): "Empieza el \(DateText.long(day, language: .spanish))"
            case .ended(let day): "Terminó; último día \(DateText.long(day, language: .spanish))"
            case .endedAtEighteen(let birthday): "Terminó a los 18 años el \(DateText.long(birthday, language: .spanish))"
            case .revoked: "Revocado"
            case .noAccessAtThisAge: "No da acceso a la edad actual del paciente"
            }
        },
        specialCircumstanceProblem: { problem in
            switch problem {
            case .chooseKind, .rule(.notASpecialCircumstance):
                "Elija qué circunstancia especial es."
            case .chooseRelationship:
                "Elija la relación de la persona con el paciente."
            case .rule(.relationshipNotAllowed):
                "Para un paciente de 12 a 17 años sin capacidad, la persona debe ser madre, padre o tutor legal."
            case .rule(.wrongAgeBand(.adolescent)):
                "Esta circunstancia es para un paciente de 12 a 17 años; este paciente no lo es."
            case .rule(.wrongAgeBand):
                "Esta circunstancia es para un paciente de 18 años o más; este paciente no lo es."
            case .memberNotFound:
                "Ninguna cuenta activa del portal usa ese correo. La persona necesita una cuenta primero."
            case .patientsOwnAccount:
                "Esa cuenta es la del propio paciente; no puede ser también su representante."
            case .badDate:
                "Escriba las fechas como AAAA-MM-DD, por ejemplo 2027-03-31."
            case .rule(.endRequired):
                "Toda circunstancia especial necesita un último día."
            case .rule(.endNotAfterStart):
                "El último día no puede ser anterior al primero."
            case .rule(.endsInThePast):
                "Ese último día ya pasó."
            case .rule(.authorizationTooLong(let latest)):
                "Sin orden judicial, la autorización escrita de un adulto dura como máximo 18 meses: el último día puede ser a más tardar el \(DateText.long(latest.adding(days: -1), language: .spanish))."
            case .rule(.reasonRequired):
                "Escriba el motivo de este acceso."
            case .reasonTooLong:
                "El motivo debe tener menos de 1000 caracteres."
            case .rule(.documentRequired), .upload(.empty):
                "Adjunte el documento de respaldo (JPEG, PNG, HEIC o PDF de hasta 10 MB)."
            case .upload(.tooLarge):
                "El documento pesa más de 10 MB."
            case .upload(.unsupportedKind):
                "Ese archivo no es JPEG, PNG, HEIC ni PDF. Escanee o fotografíe el documento e inténtelo de nuevo."
            case .upload(.unreadableImage):
                "No se pudo leer esa imagen; puede estar dañada. Pruebe con otra copia."
            }
        },
        unreadable: "Ilegible"
    )
}
