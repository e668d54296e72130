import PortalCore
import PortalHTML

/// Clinicians and HIM find a patient and open the record itself.
enum RecordSearchPage {
    struct Match: Sendable {
        var name: String
        var recordNumber: String
        var dateOfBirth: String
        var link: String
    }

    struct Model: Sendable {
        var query: String
        var queryTooShort: Bool
        var matches: [Match]?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.recordSearch
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            form(.method("get"), .action(Routes.staffRecords()), .class("filters"), .role("search")) {
                Components.field(
                    id: "q", label: words.label(language), type: "search", name: "q", value: model.query,
                    autocomplete: "off", error: model.queryTooShort ? words.tooShort(language) : nil, extra: [.maxlength(100)])
                button(.type("submit")) { words.search(language) }
            }
            if let matches = model.matches {
                if matches.isEmpty {
                    p { words.none(language) }
                } else {
                    ul(.class("item-list patients-found")) {
                        for match in matches {
                            li {
                                a(.href(match.link)) { match.name }
                                p(.class("item-meta")) { "\(match.recordNumber) · \(match.dateOfBirth)" }
                            }
                        }
                    }
                }
            }
        }
    }
}
