import PortalCore
import PortalHTML

/// One patient's appointments: the ones coming up, then past and cancelled ones, with the
/// family's requests for new ones; every time in the hospital's zone, named once.
enum AppointmentListPage {
    struct Row: Sendable {
        var when: String
        var link: String
        var department: String
        var clinician: String?
        var isVideo: Bool
        var status: LocalizedText
        var cancelRequested: Bool
    }

    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var zoneName: String
        var upcoming: [Row]
        var past: [Row]
        var requests: SchedulingRequestList.Model
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        return Layout.page(title: words.titleOf(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.results.backToRecord(language) } }
            h1 { words.titleOf(model.patientName)(language) }
            p(.class("hint")) { words.timesIn(model.zoneName)(language) }
            SchedulingRequestList.render(model.requests, language: language)
            h2 { words.upcoming(language) }
            rows(model.upcoming, empty: words.noUpcoming, language: language)
            h2 { words.past(language) }
            rows(model.past, empty: words.noPast, language: language)
        }
    }

    static func rows(_ rows: [Row], empty: LocalizedText, language: Language) -> Node {
        let words = Strings.appointments
        guard !rows.isEmpty else { return p { empty(language) } }
        return ul(.class("item-list appointment-list")) {
            for row in rows {
                li {
                    a(.href(row.link)) { row.when }
                    " "
                    span(.class("tag mode")) { (row.isVideo ? words.video : words.inPerson)(language) }
                    if row.cancelRequested {
                        " "
                        span(.class("tag attention")) { words.cancelRequestedTag(language) }
                    }
                    p(.class("item-meta")) {
                        [row.department, row.clinician.map { words.with($0)(language) }, row.status(language)]
                            .compactMap { $0 }.joined(separator: " · ")
                    }
                }
            }
        }
    }
}
