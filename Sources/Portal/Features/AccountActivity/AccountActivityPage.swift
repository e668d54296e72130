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

    /// One signed-in browser, named on the page by a handle derived from its session.
    struct Session: Sendable {
        var handle: String
        var device: LocalizedText?
        var address: String
        var signedIn: String
        var lastActive: String
        var isCurrent: Bool
    }

    struct Model: Sendable {
        var entries: [Entry]
        var reported: Bool
        var contact: HospitalContact
        var sessions: [Session] = []
        var sessionEnded = false
    }

    static func sessionsSection(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.accountActivity
        return section(Attribute("aria-labelledby", "sessions-heading")) {
            h2(.id("sessions-heading")) { words.sessionsHeading(language) }
            if model.sessionEnded {
                div(.class("notice"), .role("status")) { p { words.sessionEnded(language) } }
            }
            p { words.sessionsIntro(language) }
            ul(.class("sessions")) {
                for session in model.sessions {
                    let device = (session.device ?? words.unknownDevice)(language)
                    li(.class("card")) {
                        p {
                            strong { device }
                            if session.isCurrent { " · " + words.thisBrowser(language) }
                        }
                        p(.class("item-meta")) {
                            words.signedInAt(session.signedIn)(language) + " · " + words.lastActive(session.lastActive)(language)
                                + " · " + session.address
                        }
                        form(.method("post"), .action(Routes.endAccountSession())) {
                            Components.csrfField(context)
                            input(.type("hidden"), .name("session"), .value(session.handle))
                            button(.type("submit")) { words.signOutSession(device)(language) }
                        }
                    }
                }
            }
        }
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
            sessionsSection(model, context: context)
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
                div(.class("table-scroll"), Attribute("tabindex", "0")) {  // keyboard users scroll it too
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
