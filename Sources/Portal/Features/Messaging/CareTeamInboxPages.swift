import PortalCore
import PortalHTML

/// The care teams a staff member works, with what waits in each.
enum CareTeamListPage {
    struct Summary: Sendable {
        var name: String
        var link: String
        var waiting: Int
        var late: Int
        var responseDays: Int
        var renewals: Int = 0
    }

    static func render(_ careTeams: [Summary], context: PageContext) -> Node {
        let language = context.language
        let words = Strings.careTeamInbox
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            if careTeams.isEmpty {
                p { words.noCareTeams(language) }
            } else {
                ul(.class("item-list")) {
                    for careTeam in careTeams {
                        li {
                            a(.href(careTeam.link)) { careTeam.name }
                            p(.class("item-meta")) {
                                words.waitingSummary(careTeam.waiting, careTeam.late)(language)
                                if careTeam.renewals > 0 {
                                    " · "
                                    Strings.renewals.waitingCount(careTeam.renewals)(language)
                                }
                                " · "
                                words.responseTime(careTeam.responseDays)(language)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One care team's threads as a table the care team works down.
enum CareTeamInboxPage {
    struct Row: Sendable {
        var patientName: String
        var subject: String
        var link: String
        var waited: LocalizedText?
        var isLate: Bool
        var assignee: String?
        var lastMessage: String
        var isRestricted: Bool
    }

    struct Model: Sendable {
        var careTeamName: String
        var responseDays: Int
        var showsDone: Bool
        var openLink: String
        var doneLink: String
        var savedRepliesLink: String
        var rows: [Row]
        var page: Int
        var totalPages: Int
        var newerLink: String?
        var olderLink: String?
        /// Renewal requests waiting in this care team, oldest first: shown with the open threads.
        var renewals: [RenewalRow] = []
    }

    struct RenewalRow: Sendable {
        var patientName: String
        var medicine: String
        var link: String
        var waited: LocalizedText
        var isLate: Bool
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.careTeamInbox
        return Layout.page(title: model.careTeamName, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffInbox())) { words.allCareTeams(language) } }
            h1 { model.careTeamName }
            p {
                words.responseTime(model.responseDays)(language)
                " · "
                a(.href(model.savedRepliesLink)) { words.savedReplies(language) }
            }
            nav(.ariaLabel(model.careTeamName), .class("tabs")) {
                a(.href(model.openLink), model.showsDone ? nil : .ariaCurrent("page")) { words.open(language) }
                " "
                a(.href(model.doneLink), model.showsDone ? .ariaCurrent("page") : nil) { words.done(language) }
            }
            if !model.showsDone { renewals(model.renewals, language: language) }
            if model.rows.isEmpty {
                p { words.noThreads(language) }
            } else {
                table(.class("inbox")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.patient(language) }
                            th(Attribute("scope", "col")) { words.subject(language) }
                            th(Attribute("scope", "col")) { words.waited(language) }
                            th(Attribute("scope", "col")) { words.assignee(language) }
                        }
                    }
                    tbody {
                        for row in model.rows {
                            tr(row.isLate ? .class("late") : nil) {
                                td { row.patientName }
                                td {
                                    a(.href(row.link)) { row.subject }
                                    if row.isRestricted {
                                        " "
                                        span(.class("tag restricted")) { Strings.messaging.restricted(language) }
                                    }
                                    p(.class("item-meta")) { Strings.messaging.lastMessage(row.lastMessage)(language) }
                                }
                                td {
                                    if let waited = row.waited {
                                        waited(language)
                                        if row.isLate {
                                            " "
                                            span(.class("tag late")) { words.late(language) }
                                        }
                                    } else {
                                        words.answered(language)
                                    }
                                }
                                td { row.assignee ?? "—" }
                            }
                        }
                    }
                }
                if model.totalPages > 1 {
                    Components.pager(
                        label: words.pages(language), page: model.page, of: model.totalPages,
                        previous: model.newerLink.map { ($0, words.newer(language)) },
                        next: model.olderLink.map { ($0, words.older(language)) }, language: language)
                }
            }
        }
    }

    private static func renewals(_ rows: [RenewalRow], language: Language) -> Node {
        let words = Strings.renewals
        return section(.ariaLabel(words.queueHeading(language))) {
            h2 { words.queueHeading(language) }
            if rows.isEmpty {
                p { words.noneWaiting(language) }
            } else {
                table(.class("inbox")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { Strings.careTeamInbox.patient(language) }
                            th(Attribute("scope", "col")) { words.medicine(language) }
                            th(Attribute("scope", "col")) { Strings.careTeamInbox.waited(language) }
                        }
                    }
                    tbody {
                        for row in rows {
                            tr(row.isLate ? .class("late") : nil) {
                                td { row.patientName }
                                td { a(.href(row.link)) { row.medicine } }
                                td {
                                    row.waited(language)
                                    if row.isLate {
                                        " "
                                        span(.class("tag late")) { Strings.careTeamInbox.late(language) }
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
