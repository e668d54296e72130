import PortalCore
import PortalHTML

/// The documents of one patient that the viewer may see, newest first.
enum DocumentListPage {
    struct Item: Sendable {
        var title: String
        var date: String
        var author: String
        var link: String
        var isConfidential: Bool
    }

    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var items: [Item]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.documents
        return Layout.page(title: words.titleFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { words.backToRecord(language) } }
            h1 { words.titleFor(model.patientName)(language) }
            p { words.intro(language) }
            if model.items.isEmpty {
                p { words.none(language) }
            } else {
                ul(.class("item-list documents")) {
                    for item in model.items {
                        li {
                            a(.href(item.link)) { item.title }
                            p(.class("item-meta")) {
                                item.date
                                " · "
                                item.author
                            }
                            if item.isConfidential {
                                p(.class("tag confidential")) { words.confidential(language) }
                            }
                        }
                    }
                }
            }
        }
    }
}
