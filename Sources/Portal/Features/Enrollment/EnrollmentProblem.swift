import PortalCore

/// Everything that can be wrong with an enrollment request, each with the field it belongs to and a
/// message a parent can act on.
enum EnrollmentProblem: Hashable, Sendable {
    case chooseApplicant
    case patientNameMissing, patientNameInvalid
    case birthDate(EnrollmentRules.BirthDateProblem)
    case zipInvalid
    case recordNumberInvalid
    case applicantNameMissing, applicantNameInvalid
    case emailInvalid
    case phoneInvalid
    case chooseIdentification
    case identificationNeedsGovernmentPhotoID
    case ageRule(EnrollmentRules.Refusal)
    case upload(DocumentVault.Refusal)

    var field: String {
        switch self {
        case .chooseApplicant, .ageRule: "applicant"
        case .patientNameMissing, .patientNameInvalid: "patient_name"
        case .birthDate: "patient_birth_date"
        case .zipInvalid: "patient_zip"
        case .recordNumberInvalid: "patient_record_number"
        case .applicantNameMissing, .applicantNameInvalid: "applicant_name"
        case .emailInvalid: "applicant_email"
        case .phoneInvalid: "applicant_phone"
        case .chooseIdentification, .identificationNeedsGovernmentPhotoID: "identification_type"
        case .upload: "document"
        }
    }

    func message(_ language: Language) -> String {
        let text: LocalizedText
        switch self {
        case .chooseApplicant:
            text = LocalizedText(en: "Choose who is applying.", es: "Elija quién hace la solicitud.")
        case .patientNameMissing:
            text = LocalizedText(en: "Enter the patient's legal name.", es: "Escriba el nombre legal del paciente.")
        case .applicantNameMissing:
            text = LocalizedText(en: "Enter your name.", es: "Escriba su nombre.")
        case .patientNameInvalid, .applicantNameInvalid:
            text = LocalizedText(
                en: "Use letters, spaces, hyphens and apostrophes only, up to 200 characters.",
                es: "Use solo letras, espacios, guiones y apóstrofos, hasta 200 caracteres.")
        case .birthDate(.unreadable):
            text = LocalizedText(
                en: "Enter the date of birth as YYYY-MM-DD, for example 2015-06-18.",
                es: "Escriba la fecha de nacimiento como AAAA-MM-DD, por ejemplo 2015-06-18.")
        case .birthDate(.inTheFuture):
            text = LocalizedText(
                en: "The date of birth cannot be in the future.", es: "La fecha de nacimiento no puede ser futura.")
        case .birthDate(.tooLongAgo):
            text = LocalizedText(
                en: "That date of birth is more than 120 years ago. Check the year.",
                es: "Esa fecha de nacimiento es de hace más de 120 años. Revise el año.")
        case .zipInvalid:
            text = LocalizedText(
                en: "Enter a 5-digit ZIP code, for example 60614 or 60614-1234.",
                es: "Escriba un código postal de 5 dígitos, por ejemplo 60614 o 60614-1234.")
        case .recordNumberInvalid:
            text = LocalizedText(
                en: "A record number has only letters, digits and hyphens. Leave it empty if you do not know it.",
                es: "Un número de expediente solo tiene letras, dígitos y guiones. Déjelo vacío si no lo sabe.")
        case .emailInvalid:
            text = LocalizedText(
                en: "Enter an e-mail address such as name@example.com.",
                es: "Escriba un correo electrónico como nombre@ejemplo.com.")
        case .phoneInvalid:
            text = LocalizedText(
                en: "Enter a phone number with its area code, for example (312) 555-0100.",
                es: "Escriba un número de teléfono con su código de área, por ejemplo (312) 555-0100.")
        case .chooseIdentification:
            text = LocalizedText(
                en: "Choose the kind of identification you are sending.", es: "Elija el tipo de identificación que envía.")
        case .identificationNeedsGovernmentPhotoID:
            text = LocalizedText(
                en:
                    "Only a patient aged 12 to 17 applying for their own account may send this kind of document. Send a government-issued photo ID, such as a driver's license or passport.",
                es:
                    "Solo un paciente de 12 a 17 años que pide su propia cuenta puede enviar este tipo de documento. Envíe una identificación oficial con foto, como una licencia de conducir o un pasaporte."
            )
        case .ageRule(.tooYoungToApply):
            text = LocalizedText(
                en:
                    "A patient under 12 cannot have an account of their own. A parent or legal guardian can apply for access instead.",
                es:
                    "Un paciente menor de 12 años no puede tener su propia cuenta. Su madre, padre o tutor legal puede pedir el acceso."
            )
        case .ageRule(.adultNeedsSpecialCircumstance):
            text = LocalizedText(
                en:
                    "The patient is 18 or older, so only the patient can apply. A parent or guardian of an adult needs a special circumstance, such as a guardianship or the patient's written authorization: contact Health Information Management.",
                es:
                    "El paciente tiene 18 años o más, así que solo el paciente puede hacer la solicitud. La madre, el padre o el tutor de un adulto necesita una circunstancia especial, como una tutela o la autorización escrita del paciente: comuníquese con Información de Salud."
            )
        case .upload(.empty):
            text = LocalizedText(
                en: "Attach a photo or scan of the identification (JPEG, PNG, HEIC or PDF up to 10 MB).",
                es: "Adjunte una foto o un escaneo de la identificación (JPEG, PNG, HEIC o PDF de hasta 10 MB).")
        case .upload(.tooLarge):
            text = LocalizedText(
                en: "That file is larger than 10 MB. Take a smaller photo and try again.",
                es: "Ese archivo pesa más de 10 MB. Tome una foto más pequeña e inténtelo de nuevo.")
        case .upload(.unsupportedKind):
            text = LocalizedText(
                en: "That file is not a JPEG, PNG, HEIC or PDF. Photograph or scan the identification and try again.",
                es: "Ese archivo no es JPEG, PNG, HEIC ni PDF. Fotografíe o escanee la identificación e inténtelo de nuevo.")
        case .upload(.unreadableImage):
            text = LocalizedText(
                en: "That image could not be read; it may be damaged. Try another photo.",
                es: "No se pudo leer esa imagen; puede estar dañada. Pruebe con otra foto.")
        }
        return text(language)
    }
}
