import PortalCore
import PortalHTML

/// A member's conversations, over all their patients or about one, unread first; and the
/// same list of one patient's threads for the care team.
enum ThreadListPage {
    struct Row: Sendable {
        var subject: String
        var link: String
        /// Shown when the list spans several patients.
        var patientName: String?
        var teamName: String
        var lastMessage: String
        var count: Int
        var isUnread: Bool
        var isClosed: Bool
        var isRestricted: Bool
    }

    struct Model: Sendable {
        var title: LocalizedText
        var backLink: (text: LocalizedText, path: String)?
        var unreadCount: Int?
        /// The member's inbox can be searched; nil where it cannot.
        var search: String?
        var writeLink: String?
        var rows: [Row]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.messaging
        return Layout.page(title: model.title(language), context: context) {
            if let back = model.backLink { p(.class("breadcrumb")) { a(.href(back.path)) { back.text(language) } } }
            h1 { model.title(language) }
            p { words.inboxIntro(language) }
            if let unread = model.unreadCount, unread > 0 {
                p(.class("count")) { strong { words.unreadCount(unread)(language) } }
            }
            if let write = model.writeLink { p { a(.href(write), .class("button")) { words.write(language) } } }
            if let search = model.search {
                form(.method("get"), .action(Routes.messages()), .role("search"), .class("search inline-form")) {
                    label(.for("q")) { words.searchLabel(language) }
                    input(.type("search"), .id("q"), .name("q"), .value(search), .maxlength(100))
                    button(.type("submit"), .class("secondary")) { words.searchButton(language) }
                }
            }
            if model.rows.isEmpty {
                p { (model.search?.isEmpty == false ? words.noMatches : words.noThreads)(language) }
            } else {
                ul(.class("item-list thread-list")) {
                    for row in model.rows {
                        li(.class(row.isUnread ? "unread" : "")) {
                            a(.href(row.link)) {
                                if row.isUnread {
                                    span(.class("tag new")) { words.unread(language) }
                                    " "
                                }
                                row.subject
                            }
                            if row.isClosed {
                                " "
                                span(.class("tag")) { words.closed(language) }
                            }
                            if row.isRestricted {
                                " "
                                span(.class("tag restricted")) { words.restricted(language) }
                            }
                            p(.class("item-meta")) {
                                [
                                    row.patientName.map { words.about($0)(language) }, row.teamName,
                                    words.lastMessage(row.lastMessage)(language), words.messageCount(row.count)(language),
                                ]
                                .compactMap { $0 }.joined(separator: " · ")
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Which patient a new message is about, when a member may write about several.
enum ChoosePatientPage {
    static func render(patients: [(name: String, link: String)], context: PageContext) -> Node {
        let language = context.language
        let words = Strings.messaging
        return Layout.page(title: words.write(language), context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.messages())) { words.backToInbox(language) } }
            h1 { words.write(language) }
            if patients.isEmpty {
                p { words.noPatients(language) }
            } else {
                h2 { words.chooseWhoAbout(language) }
                ul(.class("item-list")) {
                    for patient in patients { li { a(.href(patient.link)) { patient.name } } }
                }
            }
        }
    }
}
