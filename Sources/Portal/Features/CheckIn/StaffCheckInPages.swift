import PortalCore
import PortalHTML

/// What the front desk and the care team read of a visit's check-in: a department's visits
/// with each check-in's progress, and one check-in with its answers.
enum StaffCheckInPages {
    struct VisitRow: Sendable {
        var patientName: String
        var when: String
        var progress: String
        var isDone: Bool
        var link: String?
    }

    static func visits(department: String, rows: [VisitRow], context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        return Layout.page(title: words.staffVisitsTitle(department)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffScheduling())) { words.staffBack(language) } }
            h1 { words.staffVisitsTitle(department)(language) }
            p(.class("lead")) { words.staffVisitsIntro(language) }
            if rows.isEmpty { p { words.staffNoVisits(language) } }
            if !rows.isEmpty {
                table(.class("results check-in-visits")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.staffPatient(language) }
                            th(Attribute("scope", "col")) { words.staffVisit(language) }
                            th(Attribute("scope", "col")) { words.staffProgress(language) }
                        }
                    }
                    tbody {
                        for row in rows {
                            tr {
                                th(Attribute("scope", "row")) {
                                    if let link = row.link { a(.href(link)) { row.patientName } } else { row.patientName }
                                }
                                td { row.when }
                                td { if row.isDone { strong { row.progress } } else { row.progress } }
                            }
                        }
                    }
                }
            }
        }
    }

    struct Section: Sendable {
        var title: String
        var status: String
        /// Question and answer, in order; nil when the viewer may not read them (a scheduler
        /// and a confidential screen), with `withheld` saying why.
        var answers: [(question: String, answer: String)]?
        var withheld: String?
        var responseLink: String?
        /// Files the step holds (an insurance card's photos), each with its link.
        var files: [(label: String, link: String)] = []
    }

    struct DetailModel: Sendable {
        var patientName: String
        var visit: String
        var backLink: String
        var progress: String
        var contact: [(label: String, value: String)]?
        var sections: [Section]
    }

    static func detail(_ model: DetailModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        return Layout.page(title: "\(words.staffCheckInTitle(language)): \(model.patientName)", context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToVisit(language) } }
            h1 { "\(words.staffCheckInTitle(language)): \(model.patientName)" }
            p { "\(model.visit) · \(model.progress)" }
            section(.class("card"), .ariaLabel(words.contactStep(language))) {
                h2 { words.contactStep(language) }
                if let contact = model.contact {
                    dl(.class("facts")) {
                        for fact in contact {
                            dt { fact.label }
                            dd { fact.value }
                        }
                    }
                } else {
                    p { words.notStarted(language) }
                }
            }
            for part in model.sections {
                section(.class("card"), .ariaLabel(part.title)) {
                    h2 { part.title }
                    p(.class("hint")) { part.status }
                    if let withheld = part.withheld { p(.class("notice")) { withheld } }
                    if let answers = part.answers {
                        dl(.class("facts answers")) {
                            for answer in answers {
                                dt { answer.question }
                                dd { answer.answer }
                            }
                        }
                    }
                    if !part.files.isEmpty {
                        ul(.class("plain")) { for file in part.files { li { a(.href(file.link)) { file.label } } } }
                    }
                    if let link = part.responseLink {
                        p { a(.href(link)) { words.staffResponseLink(language) } }
                    }
                }
            }
        }
    }
}
