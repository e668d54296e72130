import Fluent
import Foundation
import PortalCore
import Vapor

/// The care team's shared inboxes: the care teams a staff member works, and one care team's threads,
/// oldest unanswered first, each with the business days it has waited and a flag once it
/// is past the team's response time.
struct CareTeamInboxController: RouteCollection {
    static let perPage = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffInbox) { req in try await careTeams(req) }
        routes.on(Routes.careTeamInbox) { req in try await careTeam(req) }
    }

    func careTeams(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let memberships = try await CareTeamStaff.query(on: req.db).filter(\.$staff.$id == staff.requireID()).with(\.$careTeam)
            .all()
        let today = LocalDate(req.now, in: req.hospitalTimeZone)
        var summaries: [CareTeamListPage.Summary] = []
        for careTeam in memberships.map(\.careTeam).sorted(by: { $0.nameEnglish < $1.nameEnglish }) {
            let (waiting, late) = try await CareTeamQueue.counts(careTeam, today: today, config: req.portal.config, on: req.db)
            summaries.append(
                .init(
                    name: careTeam.name(req.language), link: Routes.careTeamInbox(careTeam.ref), waiting: waiting, late: late,
                    responseDays: careTeam.responseBusinessDays,
                    renewals: try await RenewalRequest.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID())
                        .filter(\.$status == .open).count()))
        }
        return CareTeamListPage.render(summaries, context: try await req.pageContext()).response()
    }

    /// The care team named in the path, when the signed-in staff member works it.
    static func workedCareTeam(_ req: Request) async throws -> CareTeam {
        let staff = try req.signedInStaff()
        guard let careTeamID = req.id(of: CareTeam.self),
            let careTeam = try await CareTeam.find(careTeamID, on: req.db)
        else { throw PortalError.notFound }
        guard
            try await CareTeamStaff.query(on: req.db).filter(\.$careTeam.$id == careTeamID).filter(
                \.$staff.$id == staff.requireID()
            )
            .count() > 0
        else { throw PortalError.forbidden }
        return careTeam
    }

    func careTeam(_ req: Request) async throws -> Response {
        let careTeam = try await Self.workedCareTeam(req)
        let careTeamID = try careTeam.requireID()
        let showDone = req.query[String.self, at: "show"] == "done"
        let page = max(1, min((try? req.query.get(Int.self, at: "page")) ?? 1, 100_000))
        let offset = (page - 1) * Self.perPage
        let (threads, total) =
            try await showDone ? done(in: careTeam, offset: offset, req) : open(in: careTeam, offset: offset, req)
        try await req.audit(.careTeamInboxView, .success)
        let language = req.language
        let zone = req.hospitalTimeZone
        let today = LocalDate(req.now, in: zone)
        let calendar = req.portal.config.calendar
        let rows = threads.map { thread in
            let arrival = thread.waitingSince.map { LocalDate($0, in: zone) }
            return CareTeamInboxPage.Row(
                patientName: thread.patient.shownName, subject: thread.subject,
                link: Routes.patientThread(Ref(thread.$patient.id), thread.ref),
                waited: arrival.map { Strings.careTeamInbox.businessDays(calendar.businessDaysWaited(since: $0, until: today)) },
                isLate: arrival.map { careTeam.promise.isLate(waitingSince: $0, today: today, calendar: calendar) } ?? false,
                assignee: thread.assignee?.fullName,
                lastMessage: DateText.dateTime(thread.lastMessageAt, in: zone, language: language),
                isRestricted: thread.restrictedAt != nil)
        }
        let totalPages = max(1, (total + Self.perPage - 1) / Self.perPage)
        let renewals = try await Renewals.open(in: careTeamID, on: req.db)
        let renewalRows = renewals.map { request in
            let arrival = LocalDate(request.createdAt, in: zone)
            return CareTeamInboxPage.RenewalRow(
                patientName: request.patient.shownName, medicine: request.medicineName,
                link: Routes.staffRenewal(Ref(request.$patient.id), request.ref),
                waited: Strings.careTeamInbox.businessDays(calendar.businessDaysWaited(since: arrival, until: today)),
                isLate: careTeam.promise.isLate(waitingSince: arrival, today: today, calendar: calendar))
        }
        var model = CareTeamInboxPage.Model(
            careTeamName: careTeam.name(language), responseDays: careTeam.responseBusinessDays, showsDone: showDone,
            openLink: Routes.careTeamInbox(Ref(careTeamID)),
            doneLink: Routes.careTeamInbox(Ref(careTeamID)).query(["show": "done"]),
            savedRepliesLink: Routes.staffSavedReplies(Ref(careTeamID)), rows: rows, page: page,
            totalPages: totalPages,
            newerLink: page > 1
                ? Routes.careTeamInbox(Ref(careTeamID)).query([
                    "show": showDone ? "done" : nil, "page": page - 1 > 1 ? String(page - 1) : nil,
                ]) : nil,
            olderLink: page < totalPages
                ? Routes.careTeamInbox(Ref(careTeamID)).query(["show": showDone ? "done" : nil, "page": String(page + 1)]) : nil)
        model.renewals = renewalRows
        return CareTeamInboxPage.render(model, context: try await req.pageContext()).response()
    }

    /// Open threads: those waiting for the care team, longest first, then those it answered.
    private func open(in careTeam: CareTeam, offset: Int, _ req: Request) async throws -> ([MessageThread], Int) {
        let waitingCount = try await CareTeamQueue.waiting(in: careTeam, on: req.db).count()
        let answered = try MessageThread.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID()).filter(
            \.$status == .open
        )
        .filter(\.$waitingSince == nil)
        let answeredCount = try await answered.copy().count()
        var threads: [MessageThread] = []
        if offset < waitingCount {
            threads = try await CareTeamQueue.waiting(in: careTeam, on: req.db).with(\.$patient).with(\.$assignee)
                .sort(\.$waitingSince).sort(\.$id).range(offset..<(offset + Self.perPage)).all()
        }
        if threads.count < Self.perPage {
            let start = max(0, offset - waitingCount)
            threads += try await answered.with(\.$patient).with(\.$assignee).sort(\.$lastMessageAt, .descending).sort(\.$id)
                .range(start..<(start + Self.perPage - threads.count)).all()
        }
        return (threads, waitingCount + answeredCount)
    }

    private func done(in careTeam: CareTeam, offset: Int, _ req: Request) async throws -> ([MessageThread], Int) {
        let query = try MessageThread.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID()).filter(\.$status == .done)
        let total = try await query.copy().count()
        let threads = try await query.with(\.$patient).with(\.$assignee).sort(\.$lastMessageAt, .descending).sort(\.$id)
            .range(offset..<(offset + Self.perPage)).all()
        return (threads, total)
    }
}
