import PortalCore
import PortalHTML

/// "Recent activity": newest first, with the report button under the explanation.
enum AccountActivityPage {
    struct Entry: Sendable {
        var when: String
        var what: LocalizedText
        var address: String
        var device: LocalizedText?
        var isWarning: Bool
    }

    struct Model: Sendable {
        var entries: [Entry]
        var reported: Bool
        var contact: HospitalContact
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.accountActivity
        return Layout.page(title: words.title(language), context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.account())) { Strings.account.title(language) } }
            h1 { words.title(language) }
            if model.reported {
                div(.class("notice"), .role("status")) {
                    p { words.reportedThanks(language) }
                    p { words.contact(model.contact)(language) }
                }
            }
            p(.class("lead")) { words.intro(language) }
            section(Attribute("aria-labelledby", "report-heading"), .class("card")) {
                h2(.id("report-heading")) { words.notMeHeading(language) }
                p { words.notMeIntro(language) }
                form(.method("post"), .action(Routes.accountReport())) {
                    Components.csrfField(context)
                    button(.type("submit"), .class("danger")) { words.notMe(language) }
                }
            }
            if model.entries.isEmpty {
                p { words.none(language) }
            } else {
                div(.class("table-scroll")) {
                    table {
                        caption { words.newestFirst(language) }
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { words.when(language) }
                                th(Attribute("scope", "col")) { words.what(language) }
                                th(Attribute("scope", "col")) { words.fromWhere(language) }
                            }
                        }
                        tbody {
                            for entry in model.entries {
                                tr(entry.isWarning ? .class("late") : nil) {
                                    td { entry.when }
                                    td { entry.what(language) }
                                    td {
                                        entry.address
                                        if let device = entry.device {
                                            br()
                                            span(.class("item-meta")) { device(language) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
