import PortalCore
import PortalHTML

/// The new code, shown once: the portal keeps only its hash.
enum ShareCodeCreatedPage {
    struct Model: Sendable {
        var patientName: String
        var code: String
        var kind: SharedRecordKind
        var until: String
        var address: String
        var codesLink: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.sharing
        return Layout.page(title: words.codeCreated(language), context: context) {
            article(.class("print-view")) {
                h1 { words.codeCreated(language) }
                p(.class("share-code-value")) { model.code }
                dl(.class("facts")) {
                    dt { words.whatToShare(language) }
                    dd { words.kindName(model.kind)(language) }
                    dt { Strings.healthLists.patient(language) }
                    dd { model.patientName }
                    dt { words.validUntil(language) }
                    dd { model.until }
                }
                p { words.giveThis(model.patientName, model.address)(language) }
                div(.class("notice"), .role("status")) { p { words.shownOnce(language) } }
                p(.class("screen-only")) { a(.href(model.codesLink)) { words.backToCodes(language) } }
            }
        }
    }
}
