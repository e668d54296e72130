import PortalCore
import PortalHTML

/// The patient's view of who can see their record and how much of it.
enum AccessOverviewPage {
    struct Row: Sendable {
        var name: String
        var isViewer: Bool
        var access: LocalizedText
        var whatTheySee: LocalizedText
    }

    struct Model: Sendable {
        var forStaff: Bool
        var rows: [Row]
        var adulthoodDate: String?
        var recordLink: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.accessOverview
        let heading = (model.forStaff ? words.staffTitle : words.title)(language)
        return Layout.page(title: heading, context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.documents.backToRecord(language) } }
            h1 { heading }
            p { words.intro(language) }
            if let date = model.adulthoodDate {
                div(.class("notice")) { p { words.adulthood(date)(language) } }
            }
            div(.class("table-scroll"), Attribute("tabindex", "0")) {  // keyboard users scroll it too
                table {
                    caption(.class("visually-hidden")) { heading }
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.who(language) }
                            th(Attribute("scope", "col")) { words.access(language) }
                            th(Attribute("scope", "col")) { words.whatTheySee(language) }
                        }
                    }
                    tbody {
                        for row in model.rows {
                            tr {
                                th(Attribute("scope", "row")) {
                                    row.name
                                    if row.isViewer {
                                        " "
                                        words.you(language)
                                    }
                                }
                                td { row.access(language) }
                                td { row.whatTheySee(language) }
                            }
                        }
                    }
                }
            }
            p(.class("hint")) { words.questions(language) }
        }
    }
}
