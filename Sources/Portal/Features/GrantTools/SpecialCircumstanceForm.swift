import Foundation
import PortalCore
import Vapor

/// HIM's form for a special-circumstance grant, as posted (multipart, with the document).
/// Every field is optional here so a bad post is answered with messages, never a 500.
struct SpecialCircumstanceForm: Content {
    var memberEmail: String?
    var relationship: String?
    var kind: String?
    var firstDay: String?
    var lastDay: String?
    var courtOrdered: String?
    var reason: String?
    var document: File?

    enum CodingKeys: String, CodingKey {
        case memberEmail = "member_email", relationship, kind, firstDay = "first_day", lastDay = "last_day"
        case courtOrdered = "court_ordered", reason, document
    }

    static let reasonMaxLength = 1000
}

/// Everything that can be wrong with the form, each with a message for HIM.
enum SpecialCircumstanceProblem: Hashable, Sendable {
    case rule(GrantRules.Problem)
    case chooseKind
    case chooseRelationship
    case memberNotFound
    case patientsOwnAccount
    case badDate
    case reasonTooLong
    case upload(DocumentVault.Refusal)

    /// The form field the message belongs to.
    var field: String {
        switch self {
        case .chooseKind, .rule(.notASpecialCircumstance), .rule(.wrongAgeBand): "kind"
        case .chooseRelationship, .rule(.relationshipNotAllowed): "relationship"
        case .memberNotFound, .patientsOwnAccount: "member_email"
        case .badDate, .rule(.endRequired), .rule(.endNotAfterStart), .rule(.endsInThePast), .rule(.authorizationTooLong):
            "last_day"
        case .reasonTooLong, .rule(.reasonRequired): "reason"
        case .upload, .rule(.documentRequired): "document"
        }
    }

    func message(_ language: Language) -> String {
        let text: LocalizedText
        switch self {
        case .chooseKind, .rule(.notASpecialCircumstance):
            text = LocalizedText(en: "Choose which special circumstance this is.", es: "Elija qué circunstancia especial es.")
        case .chooseRelationship:
            text = LocalizedText(
                en: "Choose the person's relationship to the patient.", es: "Elija la relación de la persona con el paciente.")
        case .rule(.relationshipNotAllowed):
            text = LocalizedText(
                en: "For a 12-17-year-old who lacks capacity, the person must be a parent or legal guardian.",
                es: "Para un paciente de 12 a 17 años sin capacidad, la persona debe ser madre, padre o tutor legal.")
        case .rule(.wrongAgeBand(.adolescent)):
            text = LocalizedText(
                en: "This circumstance is for a patient aged 12 to 17; this patient is not.",
                es: "Esta circunstancia es para un paciente de 12 a 17 años; este paciente no lo es.")
        case .rule(.wrongAgeBand):
            text = LocalizedText(
                en: "This circumstance is for a patient aged 18 or older; this patient is not.",
                es: "Esta circunstancia es para un paciente de 18 años o más; este paciente no lo es.")
        case .memberNotFound:
            text = LocalizedText(
                en: "No active portal account uses that e-mail address. The person needs an account first.",
                es: "Ninguna cuenta activa del portal usa ese correo. La persona necesita una cuenta primero.")
        case .patientsOwnAccount:
            text = LocalizedText(
                en: "That account is the patient's own; it cannot also be a proxy for them.",
                es: "Esa cuenta es la del propio paciente; no puede ser también su representante.")
        case .badDate:
            text = LocalizedText(
                en: "Enter the dates as YYYY-MM-DD, for example 2027-03-31.",
                es: "Escriba las fechas como AAAA-MM-DD, por ejemplo 2027-03-31.")
        case .rule(.endRequired):
            text = LocalizedText(
                en: "Every special circumstance needs a last day.", es: "Toda circunstancia especial necesita un último día.")
        case .rule(.endNotAfterStart):
            text = LocalizedText(
                en: "The last day must not be before the first day.", es: "El último día no puede ser anterior al primero.")
        case .rule(.endsInThePast):
            text = LocalizedText(en: "That last day has already passed.", es: "Ese último día ya pasó.")
        case .rule(.authorizationTooLong(let latest)):
            text = LocalizedText(
                en:
                    "Without a court order, an adult's written authorization lasts at most 18 months: the last day may be \(DateText.long(latest.adding(days: -1), language: .english)) at the latest.",
                es:
                    "Sin orden judicial, la autorización escrita de un adulto dura como máximo 18 meses: el último día puede ser a más tardar el \(DateText.long(latest.adding(days: -1), language: .spanish))."
            )
        case .rule(.reasonRequired):
            text = LocalizedText(en: "Write the reason for this access.", es: "Escriba el motivo de este acceso.")
        case .reasonTooLong:
            text = LocalizedText(
                en: "Keep the reason under 1,000 characters.", es: "El motivo debe tener menos de 1000 caracteres.")
        case .rule(.documentRequired), .upload(.empty):
            text = LocalizedText(
                en: "Attach the supporting document (JPEG, PNG, HEIC or PDF up to 10 MB).",
                es: "Adjunte el documento de respaldo (JPEG, PNG, HEIC o PDF de hasta 10 MB).")
        case .upload(.tooLarge):
            text = LocalizedText(en: "The document is larger than 10 MB.", es: "El documento pesa más de 10 MB.")
        case .upload(.unsupportedKind):
            text = LocalizedText(
                en: "That file is not a JPEG, PNG, HEIC or PDF. Scan or photograph the document and try again.",
                es: "Ese archivo no es JPEG, PNG, HEIC ni PDF. Escanee o fotografíe el documento e inténtelo de nuevo.")
        case .upload(.unreadableImage):
            text = LocalizedText(
                en: "That image could not be read; it may be damaged. Try another copy.",
                es: "No se pudo leer esa imagen; puede estar dañada. Pruebe con otra copia.")
        }
        return text(language)
    }
}
