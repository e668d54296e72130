import PortalCore
import PortalHTML

/// HIM's queue: pending requests oldest first, with the business days each has waited and
/// a flag on those past the promised two; then the latest decisions.
enum EnrollmentQueuePage {
    /// What the enrollment form promises applicants.
    static let promisedBusinessDays = 2
    static let noteMaxLength = 1000

    struct Row: Sendable {
        var link: String
        var applicantName: String
        var applicant: LocalizedText?
        var patientName: String
        var patientBirthDate: String
        var submitted: String
        var businessDaysWaited: Int?
        var isLate: Bool
        var status: EnrollmentRequest.Status
        /// A teen's own request whose address is an existing account's or a parent's request's.
        var sharesAddress = false
    }

    struct Model: Sendable {
        var pending: [Row]
        var decided: [Row]
        var notice: LocalizedText? = nil
        /// Members who reported activity that was not theirs: name and link.
        var reports: [(name: String, link: String, when: String)] = []
    }

    /// Who an approved request's account may be, given who applied.
    static func relationships(for applicant: Applicant) -> [Relationship] {
        applicant == .patient ? [.self] : [.parent, .legalGuardian]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.enrollmentQueue
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            if let notice = model.notice { div(.class("notice"), .role("status")) { p { notice(language) } } }
            if !model.reports.isEmpty {
                section(Attribute("aria-labelledby", "reports-heading"), .class("warning")) {
                    h2(.id("reports-heading")) { words.reportsHeading(language) }
                    ul {
                        for report in model.reports {
                            li {
                                a(.href(report.link)) { report.name }
                                " · \(report.when)"
                            }
                        }
                    }
                }
            }
            section(Attribute("aria-labelledby", "pending-heading")) {
                h2(.id("pending-heading")) { words.pendingHeading(model.pending.count)(language) }
                if model.pending.isEmpty {
                    p { words.nothingPending(language) }
                } else {
                    // On a phone each application stacks its facts under the patient's name.
                    table(.class("queue stack")) {
                        caption { words.oldestFirst(language) }
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { words.patient(language) }
                                th(Attribute("scope", "col")) { words.applicant(language) }
                                th(Attribute("scope", "col")) { words.received(language) }
                                th(Attribute("scope", "col")) { words.waited(language) }
                            }
                        }
                        tbody {
                            for row in model.pending {
                                tr(row.isLate ? .class("late") : nil) {
                                    th(Attribute("scope", "row")) {
                                        a(.href(row.link)) { row.patientName }
                                        br()
                                        span(.class("item-meta")) { row.patientBirthDate }
                                    }
                                    td(Attribute("data-label", words.applicant(language))) {
                                        row.applicantName
                                        if let applicant = row.applicant {
                                            br()
                                            span(.class("item-meta")) { applicant(language) }
                                        }
                                        if row.sharesAddress {
                                            br()
                                            span(.class("tag late")) { words.sharesAddress(language) }
                                        }
                                    }
                                    td(Attribute("data-label", words.received(language))) { row.submitted }
                                    td(Attribute("data-label", words.waited(language))) {
                                        words.businessDays(row.businessDaysWaited ?? 0)(language)
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
            if !model.decided.isEmpty {
                section(Attribute("aria-labelledby", "decided-heading")) {
                    h2(.id("decided-heading")) { words.decidedHeading(language) }
                    ul(.class("item-list")) {
                        for row in model.decided {
                            li {
                                a(.href(row.link)) { row.patientName }
                                p(.class("item-meta")) { "\(row.applicantName) · \(words.statusName(row.status)(language))" }
                            }
                        }
                    }
                }
            }
        }
    }
}
