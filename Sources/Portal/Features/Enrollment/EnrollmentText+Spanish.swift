import PortalCore

extension EnrollmentText {
    static let spanish = EnrollmentText(
        title: "Pida una cuenta del portal",
        signInLink: "¿Todavía no tiene cuenta? Pida una",
        intro:
            "Díganos quién es usted y de quién es el expediente que necesita. Información de Salud revisa a mano cada solicitud y su identificación, y luego le envía una invitación por correo.",
        fixAndResend: "Algunas respuestas necesitan un cambio. Cada una está marcada abajo.",
        whoHeading: "Quién hace la solicitud",
        applicant: "Soy",
        applicantName: { applicant in
            switch applicant {
            case .parent: "La madre o el padre del paciente"
            case .legalGuardian: "El tutor legal del paciente"
            case .patient: "El paciente"
            }
        },
        patientHeading: "El paciente",
        patientName: "Nombre legal del paciente",
        patientNameHint: "Como aparece en el acta de nacimiento o la tarjeta del seguro",
        birthDate: "Fecha de nacimiento del paciente",
        birthDateHint: "Mes, día y año. Si lo escribe, use la forma 2015-06-18.",
        zip: "Código postal del domicilio del paciente",
        recordNumber: "Número de expediente del hospital (opcional)",
        recordNumberHint: "En un brazalete o una factura del hospital, por ejemplo RCH-100482",
        youHeading: "Usted",
        yourName: "Su nombre completo",
        yourEmail: "Su correo electrónico",
        emailHint: "La invitación llegará aquí. Use una dirección que solo usted lea.",
        yourPhone: "Su número de teléfono",
        identificationHeading: "Su identificación",
        identificationType: "Tipo de identificación",
        identificationHint:
            "Madres, padres, tutores y pacientes adultos: una identificación oficial con foto. Un paciente de 12 a 17 años que pide su propia cuenta también puede enviar una identificación con foto de su escuela, biblioteca u organización, su acta de nacimiento, su tarjeta del seguro social o una tarjeta de seguro médico con su nombre.",
        identificationName: { type in
            switch type {
            case .driversLicense: "Licencia de conducir"
            case .learnersPermit: "Permiso de aprendiz (DMV)"
            case .passport: "Pasaporte"
            case .militaryID: "Identificación militar"
            case .otherGovernmentPhotoID:
                "Identificación estatal u otra oficial con foto"
            case .organizationPhotoID:
                "Identificación con foto de escuela, biblioteca u organización"
            case .birthCertificate: "Acta de nacimiento"
            case .socialSecurityCard: "Tarjeta del seguro social"
            case .insuranceCard:
                "Tarjeta de seguro médico con el nombre del paciente"
            }
        },
        document: "Foto o escaneo de la identificación",
        documentHint:
            "JPEG, PNG, HEIC o PDF, de hasta 10 MB. Solo Información de Salud la ve, y se borra después de decidir su solicitud.",
        documentAgainHint: "Por su seguridad no guardamos el archivo: elíjalo de nuevo. JPEG, PNG, HEIC o PDF, de hasta 10 MB.",
        twoBusinessDays: "La invitación puede tardar hasta 2 días hábiles.",
        send: "Enviar mi solicitud",
        receivedTitle: "Solicitud recibida",
        received:
            "Gracias. Si sus respuestas coinciden con los expedientes del hospital, le enviaremos una invitación por correo. La invitación puede tardar hasta 2 días hábiles.",
        receivedNext:
            "También le enviamos un correo que confirma que su solicitud llegó. El enlace de la invitación funciona una sola vez y durante 90 días.",
        contactHIM: { contact in "¿Preguntas? \(ContactText.spanish.startingSentence(contact))." },
        problem: { problem in
            switch problem {
            case .chooseApplicant:
                "Elija quién hace la solicitud."
            case .patientNameMissing:
                "Escriba el nombre legal del paciente."
            case .applicantNameMissing:
                "Escriba su nombre."
            case .patientNameInvalid, .applicantNameInvalid:
                "Use solo letras, espacios, guiones y apóstrofos, hasta 200 caracteres."
            case .birthDate(.unreadable):
                "Escriba la fecha de nacimiento como AAAA-MM-DD, por ejemplo 2015-06-18."
            case .birthDate(.inTheFuture):
                "La fecha de nacimiento no puede ser futura."
            case .birthDate(.tooLongAgo):
                "Esa fecha de nacimiento es de hace más de 120 años. Revise el año."
            case .zipInvalid:
                "Escriba un código postal de 5 dígitos, por ejemplo 60614 o 60614-1234."
            case .recordNumberInvalid:
                "Un número de expediente solo tiene letras, dígitos y guiones. Déjelo vacío si no lo sabe."
            case .emailInvalid:
                "Escriba un correo electrónico como nombre@ejemplo.com."
            case .phoneInvalid:
                "Escriba un número de teléfono con su código de área, por ejemplo (312) 555-0100."
            case .chooseIdentification:
                "Elija el tipo de identificación que envía."
            case .identificationNeedsGovernmentPhotoID:
                "Solo un paciente de 12 a 17 años que pide su propia cuenta puede enviar este tipo de documento. Envíe una identificación oficial con foto, como una licencia de conducir o un pasaporte."
            case .ageRule(.tooYoungToApply):
                "Un paciente menor de 12 años no puede tener su propia cuenta. Su madre, padre o tutor legal puede pedir el acceso."
            case .ageRule(.adultNeedsSpecialCircumstance):
                "El paciente tiene 18 años o más, así que solo el paciente puede hacer la solicitud. La madre, el padre o el tutor de un adulto necesita una circunstancia especial, como una tutela o la autorización escrita del paciente: comuníquese con Información de Salud."
            case .upload(.empty):
                "Adjunte una foto o un escaneo de la identificación (JPEG, PNG, HEIC o PDF de hasta 10 MB)."
            case .upload(.tooLarge):
                "Ese archivo pesa más de 10 MB. Tome una foto más pequeña e inténtelo de nuevo."
            case .upload(.unsupportedKind):
                "Ese archivo no es JPEG, PNG, HEIC ni PDF. Fotografíe o escanee la identificación e inténtelo de nuevo."
            case .upload(.unreadableImage):
                "No se pudo leer esa imagen; puede estar dañada. Pruebe con otra foto."
            case .tooManyRequests(let minutes):
                "Ya se enviaron varias solicitudes desde aquí o para este correo electrónico. Inténtelo de nuevo en \(minutes <= 90 ? "\(minutes) minuto\(minutes == 1 ? "" : "s")" : "\((minutes + 59) / 60) horas"), o llame a Información de Salud si necesita ayuda."
            }
        }
    )
}
