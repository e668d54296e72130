import Foundation
import PortalCore
import PortalHTML
import PortalRecord

/// The clinician's control on a result, an imaging report or a document: restrict it with
/// a reason (the family then sees nothing of it), or release it again.
enum RestrictionForm {
    typealias Kind = PatientRecord.RestrictableKind

    struct Model: Sendable {
        var action: String
        var kind: Kind
        var itemID: UUID
        var returnPath: String
        /// The clinician's reason when the item is restricted now.
        var restrictedBecause: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.results
        return section(.class("card restriction"), Attribute("aria-labelledby", "restriction-heading")) {
            h2(.id("restriction-heading")) { words.restrictHeading(language) }
            form(.method("post"), .action(model.action)) {
                Components.csrfField(context)
                input(.type("hidden"), .name("kind"), .value(model.kind.rawValue))
                input(.type("hidden"), .name("item"), .value(model.itemID.uuidString.lowercased()))
                input(.type("hidden"), .name("return"), .value(model.returnPath))
                if let reason = model.restrictedBecause {
                    p(.class("tag restricted")) { words.restrictedBecause(reason)(language) }
                    input(.type("hidden"), .name("decision"), .value("lift"))
                    button(.type("submit")) { words.liftButton(language) }
                } else {
                    p(.class("hint")) { words.restrictExplanation(language) }
                    input(.type("hidden"), .name("decision"), .value("restrict"))
                    label(.for("restriction-reason")) { words.restrictReason(language) }
                    textarea(
                        .id("restriction-reason"), .name("reason"), Attribute("maxlength", "500"), .flag("required"),
                        Attribute("rows", "3")
                    ) {
                        Node.empty
                    }
                    button(.type("submit"), .class("secondary")) { words.restrictButton(language) }
                }
            }
        }
    }
}
