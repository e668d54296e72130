import Foundation
import PortalCore
import PortalHTML
import Vapor

/// The "let my parents see this" choice on the forms a 12-17-year-old sends from their own
/// account, and the label it gives what they send (`FamilyFactAudience`).
enum SharingChoice {
    /// The form field: present and "parents" when the teen ticked the box.
    static let fieldName = "share"
    static let sharedValue = "parents"

    static func isOffered(to authorized: AuthorizedPatient, _ req: Request) -> Bool {
        FamilyFactAudience.offersSharing(to: authorized.level, patientBand: band(of: authorized, req))
    }

    /// The label of what this viewer is sending about `subject`, from the box as the form sent it.
    static func audienceLabel(about subject: Sensitivity, _ authorized: AuthorizedPatient, _ req: Request) -> Sensitivity {
        FamilyFactAudience.label(
            about: subject, createdWith: authorized.level, patientBand: band(of: authorized, req),
            sharedWithParents: isShared(req))
    }

    /// Whether the box was ticked; anything but the one value leaves it unshared.
    static func isShared(_ req: Request) -> Bool {
        (try? req.content.get(String.self, at: fieldName)) == sharedValue
    }

    /// The box, unticked unless the teen ticked it on a form being shown again; nothing for anyone else.
    static func field(_ offered: Bool, checked: Bool, idPrefix: String, language: Language) -> Node {
        guard offered else { return Node.empty }
        let words = Strings.familyAudience
        let id = "\(idPrefix)-share"
        return fieldset(.class("field")) {
            legend { words.shareLegend(language) }
            p(.id("\(id)-hint"), .class("hint")) { words.shareHint(language) }
            div(.class("field checkbox")) {
                input(
                    .type("checkbox"), .id(id), .name(fieldName), .value(sharedValue),
                    Attribute.flag("checked", checked), .ariaDescribedBy("\(id)-hint"))
                label(.for(id)) { words.shareWithParents(language) }
            }
        }
    }

    /// A line for a request's page saying its parents do not see it, when that is so: in the
    /// teen's words for the teen, as an instruction for staff.
    static func audienceFact(
        _ label: Sensitivity, forStaff: Bool, language: Language
    ) -> (label: LocalizedText, value: String)? {
        guard label.tier == .sensitive else { return nil }
        let words = Strings.familyAudience
        return (words.whoSees, (forStaff ? words.privateToPatientStaffNote : words.privateToPatient)(language))
    }

    private static func band(of authorized: AuthorizedPatient, _ req: Request) -> AgeBand {
        // A birth date the portal cannot read counts as a teen's: the stricter reading.
        guard let birth = LocalDate(iso: authorized.patient.birthDate) else { return .adolescent }
        return AgeBand(age: Age.years(bornOn: birth, on: req.today))
    }
}
