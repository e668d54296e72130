import Foundation
import PortalCore
import PortalHTML
import PortalRecord

/// The clinician's control on an item of any kind: hide it with a reason from the whole
/// family or from the parents only, or release it again.
enum RestrictionForm {
    typealias Kind = PatientRecord.RestrictableKind

    struct Model: Sendable {
        var action: String
        var kind: Kind
        var itemID: UUID
        var returnPath: String
        /// The clinician's mark and reason when the item is hidden now.
        var mark: (ClinicianMark, reason: String)?
    }

    /// The form in a card of its own, on an item's page.
    static func render(_ model: Model, context: PageContext) -> Node {
        let heading = "restriction-heading-\(model.itemID)"
        return section(.class("card restriction"), Attribute("aria-labelledby", heading)) {
            h2(.id(heading)) { Strings.results.restrictHeading(context.language) }
            controls(model, context: context)
        }
    }

    /// The form folded under a line, for an item in a list (a medicine, an allergy).
    static func folded(_ model: Model, context: PageContext) -> Node {
        details(.class("restriction")) {
            summary { Strings.results.restrictHeading(context.language) }
            controls(model, context: context)
        }
    }

    private static func controls(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.results
        return form(.method("post"), .action(model.action)) {
            Components.csrfField(context)
            input(.type("hidden"), .name("kind"), .value(model.kind.rawValue))
            input(.type("hidden"), .name("item"), .value(model.itemID.uuidString.lowercased()))
            input(.type("hidden"), .name("return"), .value(model.returnPath))
            if let (mark, reason) = model.mark {
                p(.class("tag restricted")) {
                    (mark == .restricted ? words.restrictedBecause(reason) : words.markedConfidentialBecause(reason))(language)
                }
                input(.type("hidden"), .name("decision"), .value("lift"))
                button(.type("submit")) { words.liftButton(language) }
            } else {
                p(.class("hint")) { words.restrictExplanation(language) }
                label(.for("restriction-reason-\(model.itemID)")) { words.restrictReason(language) }
                textarea(
                    .id("restriction-reason-\(model.itemID)"), .name("reason"), Attribute("maxlength", "500"), .flag("required"),
                    Attribute("rows", "3")
                ) {
                    Node.empty
                }
                p(.class("card-actions")) {
                    button(.type("submit"), .name("decision"), .value("restrict"), .class("secondary")) {
                        words.restrictButton(language)
                    }
                    button(.type("submit"), .name("decision"), .value("adolescent"), .class("secondary")) {
                        words.markAdolescentButton(language)
                    }
                }
            }
        }
    }
}
