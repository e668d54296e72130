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

    func message(_ language: Language) -> String { Strings.grantTools.specialCircumstanceProblem(self)(language) }
}
