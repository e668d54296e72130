import PortalCore
import PortalHTML

/// The departments a scheduler works, with what waits in each.
enum SchedulerDepartmentsPage {
    struct Summary: Sendable {
        var name: String
        var link: String
        var waiting: Int
        var late: Int
        /// The department's visits of the next 7 days with their online check-ins.
        var visitsLink: String = ""
    }

    static func render(_ departments: [Summary], context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            if departments.isEmpty {
                p { words.noDepartments(language) }
            } else {
                ul(.class("item-list")) {
                    for department in departments {
                        li {
                            a(.href(department.link)) { department.name }
                            p(.class("item-meta")) { words.waiting(department.waiting, department.late)(language) }
                            if !department.visitsLink.isEmpty {
                                p {
                                    a(.href(department.visitsLink)) {
                                        Strings.checkIn.staffVisitsTitle(department.name)(language)
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

/// One department's open requests, oldest first, with how long each has waited.
enum SchedulerQueuePage {
    struct Row: Sendable {
        var patientName: String
        var link: String
        var kind: LocalizedText
        var details: String
        var received: String
        var waited: LocalizedText
        var isLate: Bool
    }

    static func render(department: String, rows: [Row], context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return Layout.page(title: department, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffScheduling())) { words.allDepartments(language) } }
            h1 { department }
            if rows.isEmpty {
                p { words.nothingWaiting(language) }
            } else {
                // On a phone each request stacks its facts under the patient's name.
                table(.class("stack")) {
                    caption { words.title(language) }
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.patient(language) }
                            th(Attribute("scope", "col")) { words.request(language) }
                            th(Attribute("scope", "col")) { words.received(language) }
                            th(Attribute("scope", "col")) { words.waited(language) }
                        }
                    }
                    tbody {
                        for row in rows {
                            tr(.class(row.isLate ? "late" : "")) {
                                th(Attribute("scope", "row")) { a(.href(row.link)) { row.patientName } }
                                td(Attribute("data-label", words.request(language))) {
                                    strong { row.kind(language) }
                                    if !row.details.isEmpty {
                                        br()
                                        row.details
                                    }
                                }
                                td(Attribute("data-label", words.received(language))) { row.received }
                                td(Attribute("data-label", words.waited(language))) {
                                    row.waited(language)
                                    if row.isLate {
                                        " "
                                        span(.class("tag late")) { words.late(language) }
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
