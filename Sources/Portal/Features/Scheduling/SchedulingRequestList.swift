import Foundation
import PortalCore
import PortalHTML
import Vapor

/// The family's requests for appointments, at the top of a patient's appointments, with
/// the link to make a new one.
enum SchedulingRequestList {
    struct Row: Sendable {
        var title: String
        var link: String
        var sent: String
        var status: LocalizedText
        var needsAction: Bool
    }

    struct Model: Sendable {
        var newRequestLink: String?
        var rows: [Row]
    }

    /// Requests answered or withdrawn more than 30 days ago drop off the list; their appointment stays.
    static let shownFor: TimeInterval = 30 * 86_400

    static func model(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Model {
        let language = req.language
        let requests = try await SchedulingRequests.requests(of: authorized, settledSince: req.now - shownFor, on: req.db)
        let canRequest = req.currentSession?.member != nil
        return Model(
            newRequestLink: canRequest ? Routes.patientNewSchedulingRequest(authorized.ref) : nil,
            rows: requests.map { request in
                Row(
                    title: Strings.scheduling.requestTo(request.department.name(language))(language),
                    link: Routes.patientSchedulingRequest(authorized.ref, request.ref),
                    sent: Strings.scheduling.sentOn(
                        DateText.dateTime(request.createdAt, in: req.hospitalTimeZone, language: language))(language),
                    status: Strings.scheduling.status(request.status), needsAction: request.status == .alternativesOffered)
            })
    }

    static func render(_ model: Model, language: Language) -> Node {
        let words = Strings.scheduling
        return section(.ariaLabel(words.requestsHeading(language))) {
            if let link = model.newRequestLink { p { a(.href(link), .class("button")) { words.newRequest(language) } } }
            if !model.rows.isEmpty {
                h2 { words.requestsHeading(language) }
                ul(.class("item-list")) {
                    for row in model.rows {
                        li {
                            a(.href(row.link)) { row.title }
                            " "
                            span(.class(row.needsAction ? "tag attention" : "tag mode")) { row.status(language) }
                            p(.class("item-meta")) { row.sent }
                        }
                    }
                }
            }
        }
    }
}
