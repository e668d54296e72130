import PortalCore

extension Strings {
    enum Enrollment {
        static let title = LocalizedText(en: "Ask for a portal account", es: "Pida una cuenta del portal")
        static let signInLink = LocalizedText(
            en: "No account yet? Ask for one", es: "¿Todavía no tiene cuenta? Pida una")
        static let intro = LocalizedText(
            en:
                "Tell us who you are and whose record you need. Health Information Management checks every request and your identification by hand, then e-mails you an invitation.",
            es:
                "Díganos quién es usted y de quién es el expediente que necesita. Información de Salud revisa a mano cada solicitud y su identificación, y luego le envía una invitación por correo."
        )
        static let fixAndResend = LocalizedText(
            en: "Some answers need a change. Each one is marked below.",
            es: "Algunas respuestas necesitan un cambio. Cada una está marcada abajo.")
        static let whoHeading = LocalizedText(en: "Who is applying", es: "Quién hace la solicitud")
        static let applicant = LocalizedText(en: "I am", es: "Soy")
        static func applicantName(_ applicant: Applicant) -> LocalizedText {
            switch applicant {
            case .parent: LocalizedText(en: "The patient's parent", es: "La madre o el padre del paciente")
            case .legalGuardian: LocalizedText(en: "The patient's legal guardian", es: "El tutor legal del paciente")
            case .patient: LocalizedText(en: "The patient", es: "El paciente")
            }
        }
        static let patientHeading = LocalizedText(en: "The patient", es: "El paciente")
        static let patientName = LocalizedText(en: "Patient's legal name", es: "Nombre legal del paciente")
        static let patientNameHint = LocalizedText(
            en: "As on the birth certificate or insurance card",
            es: "Como aparece en el acta de nacimiento o la tarjeta del seguro")
        static let birthDate = LocalizedText(en: "Patient's date of birth", es: "Fecha de nacimiento del paciente")
        static let birthDateHint = LocalizedText(
            en: "Month, day and year. If you type it, write it as 2015-06-18.",
            es: "Mes, día y año. Si lo escribe, use la forma 2015-06-18.")
        static let zip = LocalizedText(en: "Patient's home ZIP code", es: "Código postal del domicilio del paciente")
        static let recordNumber = LocalizedText(
            en: "Hospital record number (optional)", es: "Número de expediente del hospital (opcional)")
        static let recordNumberHint = LocalizedText(
            en: "On a hospital wristband or bill, for example RCH-100482",
            es: "En un brazalete o una factura del hospital, por ejemplo RCH-100482")
        static let youHeading = LocalizedText(en: "You", es: "Usted")
        static let yourName = LocalizedText(en: "Your full name", es: "Su nombre completo")
        static let yourEmail = LocalizedText(en: "Your e-mail", es: "Su correo electrónico")
        static let emailHint = LocalizedText(
            en: "The invitation goes here. Use an address only you read.",
            es: "La invitación llegará aquí. Use una dirección que solo usted lea.")
        static let yourPhone = LocalizedText(en: "Your phone number", es: "Su número de teléfono")
        static let identificationHeading = LocalizedText(en: "Your identification", es: "Su identificación")
        static let identificationType = LocalizedText(en: "Kind of identification", es: "Tipo de identificación")
        static let identificationHint = LocalizedText(
            en:
                "Parents, guardians and adult patients: a government-issued photo ID. A patient aged 12 to 17 applying for their own account may also send a school, library or organization photo ID, a birth certificate, a social security card, or an insurance card with their name.",
            es:
                "Madres, padres, tutores y pacientes adultos: una identificación oficial con foto. Un paciente de 12 a 17 años que pide su propia cuenta también puede enviar una identificación con foto de su escuela, biblioteca u organización, su acta de nacimiento, su tarjeta del seguro social o una tarjeta de seguro médico con su nombre."
        )
        static func identificationName(_ type: IdentificationType) -> LocalizedText {
            switch type {
            case .driversLicense: LocalizedText(en: "Driver's license", es: "Licencia de conducir")
            case .learnersPermit: LocalizedText(en: "Learner's permit (DMV)", es: "Permiso de aprendiz (DMV)")
            case .passport: LocalizedText(en: "Passport", es: "Pasaporte")
            case .militaryID: LocalizedText(en: "Military ID", es: "Identificación militar")
            case .otherGovernmentPhotoID:
                LocalizedText(en: "State ID or other government photo ID", es: "Identificación estatal u otra oficial con foto")
            case .organizationPhotoID:
                LocalizedText(
                    en: "School, library or organization photo ID",
                    es: "Identificación con foto de escuela, biblioteca u organización")
            case .birthCertificate: LocalizedText(en: "Birth certificate", es: "Acta de nacimiento")
            case .socialSecurityCard: LocalizedText(en: "Social security card", es: "Tarjeta del seguro social")
            case .insuranceCard:
                LocalizedText(
                    en: "Insurance card with the patient's name", es: "Tarjeta de seguro médico con el nombre del paciente")
            }
        }
        static let document = LocalizedText(en: "Photo or scan of it", es: "Foto o escaneo de la identificación")
        static let documentHint = LocalizedText(
            en:
                "JPEG, PNG, HEIC or PDF, up to 10 MB. Only Health Information Management sees it, and it is deleted after your request is decided.",
            es:
                "JPEG, PNG, HEIC o PDF, de hasta 10 MB. Solo Información de Salud la ve, y se borra después de decidir su solicitud."
        )
        static let documentAgainHint = LocalizedText(
            en: "For your security the file was not kept: choose it again. JPEG, PNG, HEIC or PDF, up to 10 MB.",
            es: "Por su seguridad no guardamos el archivo: elíjalo de nuevo. JPEG, PNG, HEIC o PDF, de hasta 10 MB.")
        static let twoBusinessDays = LocalizedText(
            en: "An invitation may take up to 2 business days.", es: "La invitación puede tardar hasta 2 días hábiles.")
        static let send = LocalizedText(en: "Send my request", es: "Enviar mi solicitud")
        static let receivedTitle = LocalizedText(en: "Request received", es: "Solicitud recibida")
        static let received = LocalizedText(
            en:
                "Thank you. If your answers match the hospital's records, we will e-mail you an invitation. An invitation may take up to 2 business days.",
            es:
                "Gracias. Si sus respuestas coinciden con los expedientes del hospital, le enviaremos una invitación por correo. La invitación puede tardar hasta 2 días hábiles."
        )
        static let receivedNext = LocalizedText(
            en: "We also sent an e-mail saying your request arrived. The invitation link works once and for 90 days.",
            es:
                "También le enviamos un correo que confirma que su solicitud llegó. El enlace de la invitación funciona una sola vez y durante 90 días."
        )
        static func contactHIM(_ contact: HospitalContact) -> LocalizedText {
            LocalizedText(
                en: "Questions? Call Health Information Management at \(contact.phone) or write to \(contact.email).",
                es: "¿Preguntas? Llame a Información de Salud al \(contact.phone) o escriba a \(contact.email).")
        }
    }
}
