import PortalCore
import PortalHTML

/// HIM finds a patient by record number or name, and sees whose parent access ended at 18
/// in the last thirty days.
enum PatientSearchPage {
    struct Match: Sendable {
        var name: String
        var recordNumber: String
        var dateOfBirth: String
        var link: String
        var note: LocalizedText?
    }

    struct Model: Sendable {
        var query: String
        var queryTooShort: Bool
        var matches: [Match]?
        var endedAtEighteen: [Match]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.grantTools
        return Layout.page(title: words.searchTitle(language), context: context) {
            h1 { words.searchTitle(language) }
            form(.method("get"), .action(Routes.staffPatients()), .class("filters"), .role("search")) {
                Components.field(
                    id: "q", label: words.searchLabel(language), type: "search", name: "q", value: model.query,
                    autocomplete: "off", error: model.queryTooShort ? words.searchTooShort(language) : nil,
                    extra: [.maxlength(100)])
                button(.type("submit")) { words.search(language) }
            }
            if let matches = model.matches {
                if matches.isEmpty { p { words.noMatches(language) } } else { matchList(matches, language: language) }
            }
            section(Attribute("aria-labelledby", "ended-heading")) {
                h2(.id("ended-heading")) { words.endedAtEighteenTitle(language) }
                if model.endedAtEighteen.isEmpty {
                    p { words.noneEnded(language) }
                } else {
                    matchList(model.endedAtEighteen, language: language)
                }
            }
        }
    }

    private static func matchList(_ matches: [Match], language: Language) -> Node {
        ul(.class("item-list patients-found")) {
            for match in matches {
                li {
                    a(.href(match.link)) { match.name }
                    p(.class("item-meta")) {
                        "\(match.recordNumber) · \(match.dateOfBirth)"
                        if let note = match.note { " · \(note(language))" }
                    }
                }
            }
        }
    }
}
