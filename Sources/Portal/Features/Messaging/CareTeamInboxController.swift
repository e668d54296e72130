import Fluent
import FluentSQL
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

    /// The care team named in the path, when the signed-in staff member works it; the team
    /// and the membership in one read.
    static func workedCareTeam(_ req: Request) async throws -> CareTeam {
        let staff = try req.signedInStaff()
        guard let sql = req.db as? any SQLDatabase else { throw PortalError.internalFailure }
        guard let careTeamID = req.id(of: CareTeam.self),
            let row = try await sql.raw(
                """
                SELECT care_pools.*, EXISTS (SELECT 1 FROM pool_members
                    WHERE pool_id = care_pools.id AND staff_id = \(bind: staff.requireID())) AS works
                FROM care_pools WHERE id = \(bind: careTeamID)
                """
            ).first()
        else { throw PortalError.notFound }
        guard try row.decode(column: "works", as: Bool.self) else { throw PortalError.forbidden }
        return try row.decode(fluentModel: CareTeam.self)
    }

    func careTeam(_ req: Request) async throws -> Response {
        let careTeam = try await Self.workedCareTeam(req)
        let careTeamID = try careTeam.requireID()
        let showDone = req.query[String.self, at: "show"] == "done"
        let page = Paging.requested(req)
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
        let totalPages = Paging.count(of: total, perPage: Self.perPage)
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

    /// Open threads: those waiting for the care team, longest first, then those it answered,
    /// most recent first; one page of them in one read, and how many there are in another.
    private func open(in careTeam: CareTeam, offset: Int, _ req: Request) async throws -> ([MessageThread], Int) {
        let query = try MessageThread.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID()).filter(\.$status == .open)
        let total = try await query.copy().count()
        let threads = try await Self.withPatientsAndAssignees(
            query.sort(.custom(SQLRaw("CASE WHEN message_threads.waiting_since IS NULL THEN 1 ELSE 0 END")))
                .sort(\.$waitingSince)
                .sort(
                    .custom(
                        SQLRaw("CASE WHEN message_threads.waiting_since IS NULL THEN message_threads.last_message_at END DESC"))
                )
                .sort(\.$id).range(offset..<(offset + Self.perPage)))
        return (threads, total)
    }

    private func done(in careTeam: CareTeam, offset: Int, _ req: Request) async throws -> ([MessageThread], Int) {
        let query = try MessageThread.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID()).filter(\.$status == .done)
        let total = try await query.copy().count()
        let threads = try await Self.withPatientsAndAssignees(
            query.sort(\.$lastMessageAt, .descending).sort(\.$id).range(offset..<(offset + Self.perPage)))
        return (threads, total)
    }

    /// The threads with their patients and assignees, read in the same statement.
    private static func withPatientsAndAssignees(_ query: QueryBuilder<MessageThread>) async throws -> [MessageThread] {
        let threads = try await query.join(Patient.self, on: \MessageThread.$patient.$id == \Patient.$id)
            .join(StaffUser.self, on: \MessageThread.$assignee.$id == \StaffUser.$id, method: .left).all()
        for thread in threads {
            thread.$patient.value = try thread.joined(Patient.self)
            thread.$assignee.value = try thread.$assignee.id.map { _ in try thread.joined(StaffUser.self) }
        }
        return threads
    }
}
