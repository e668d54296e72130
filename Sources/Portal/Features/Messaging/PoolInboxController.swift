import Fluent
import Foundation
import PortalCore
import Vapor

/// The care team's shared inboxes: the pools a staff member works, and one pool's threads,
/// oldest unanswered first, each with the business days it has waited and a flag once it
/// is past the team's response time.
struct PoolInboxController: RouteCollection {
    static let perPage = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffInbox) { req in try await pools(req) }
        routes.on(Routes.staffPool) { req in try await pool(req) }
    }

    func pools(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let memberships = try await PoolMember.query(on: req.db).filter(\.$staff.$id == staff.requireID()).with(\.$pool).all()
        let today = LocalDate(req.now, in: req.hospitalTimeZone)
        var summaries: [PoolListPage.Summary] = []
        for pool in memberships.map(\.pool).sorted(by: { $0.nameEnglish < $1.nameEnglish }) {
            let (waiting, late) = try await PoolQueue.counts(pool, today: today, config: req.portal.config, on: req.db)
            summaries.append(
                .init(
                    name: pool.name(req.language), link: Routes.staffPool(pool.ref), waiting: waiting, late: late,
                    responseDays: pool.responseBusinessDays,
                    renewals: try await RenewalRequest.query(on: req.db).filter(\.$pool.$id == pool.requireID())
                        .filter(\.$status == .open).count()))
        }
        return PoolListPage.render(summaries, context: try await req.pageContext()).response()
    }

    /// The pool named in the path, when the signed-in staff member works it.
    static func workedPool(_ req: Request) async throws -> CarePool {
        let staff = try req.signedInStaff()
        guard let poolID = req.id(of: CarePool.self),
            let pool = try await CarePool.find(poolID, on: req.db)
        else { throw PortalError.notFound }
        guard
            try await PoolMember.query(on: req.db).filter(\.$pool.$id == poolID).filter(\.$staff.$id == staff.requireID())
                .count() > 0
        else { throw PortalError.forbidden }
        return pool
    }

    func pool(_ req: Request) async throws -> Response {
        let pool = try await Self.workedPool(req)
        let poolID = try pool.requireID()
        let showDone = req.query[String.self, at: "show"] == "done"
        let page = max(1, min((try? req.query.get(Int.self, at: "page")) ?? 1, 100_000))
        let offset = (page - 1) * Self.perPage
        let (threads, total) = try await showDone ? done(in: pool, offset: offset, req) : open(in: pool, offset: offset, req)
        try await req.audit(.poolInboxView, .success)
        let language = req.language
        let zone = req.hospitalTimeZone
        let today = LocalDate(req.now, in: zone)
        let calendar = req.portal.config.calendar
        let rows = threads.map { thread in
            let arrival = thread.waitingSince.map { LocalDate($0, in: zone) }
            return PoolInboxPage.Row(
                patientName: thread.patient.shownName, subject: thread.subject,
                link: Routes.patientThread(Ref(thread.$patient.id), thread.ref),
                waited: arrival.map { Strings.CareTeamInbox.businessDays(calendar.businessDaysWaited(since: $0, until: today)) },
                isLate: arrival.map { pool.promise.isLate(waitingSince: $0, today: today, calendar: calendar) } ?? false,
                assignee: thread.assignee?.fullName,
                lastMessage: DateText.dateTime(thread.lastMessageAt, in: zone, language: language),
                isRestricted: thread.restrictedAt != nil)
        }
        let totalPages = max(1, (total + Self.perPage - 1) / Self.perPage)
        let renewals = try await Renewals.open(in: poolID, on: req.db)
        let renewalRows = renewals.map { request in
            let arrival = LocalDate(request.createdAt, in: zone)
            return PoolInboxPage.RenewalRow(
                patientName: request.patient.shownName, medicine: request.medicineName,
                link: Routes.staffRenewal(Ref(request.$patient.id), request.ref),
                waited: Strings.CareTeamInbox.businessDays(calendar.businessDaysWaited(since: arrival, until: today)),
                isLate: pool.promise.isLate(waitingSince: arrival, today: today, calendar: calendar))
        }
        var model = PoolInboxPage.Model(
            poolName: pool.name(language), responseDays: pool.responseBusinessDays, showsDone: showDone,
            openLink: Routes.staffPool(Ref(poolID)), doneLink: Routes.staffPool(Ref(poolID)).query(["show": "done"]),
            savedRepliesLink: Routes.staffSavedReplies(Ref(poolID)), rows: rows, page: page,
            totalPages: totalPages,
            newerLink: page > 1
                ? Routes.staffPool(Ref(poolID)).query([
                    "show": showDone ? "done" : nil, "page": page - 1 > 1 ? String(page - 1) : nil,
                ]) : nil,
            olderLink: page < totalPages
                ? Routes.staffPool(Ref(poolID)).query(["show": showDone ? "done" : nil, "page": String(page + 1)]) : nil)
        model.renewals = renewalRows
        return PoolInboxPage.render(model, context: try await req.pageContext()).response()
    }

    /// Open threads: those waiting for the care team, longest first, then those it answered.
    private func open(in pool: CarePool, offset: Int, _ req: Request) async throws -> ([MessageThread], Int) {
        let waitingCount = try await PoolQueue.waiting(in: pool, on: req.db).count()
        let answered = try MessageThread.query(on: req.db).filter(\.$pool.$id == pool.requireID()).filter(\.$status == .open)
            .filter(\.$waitingSince == nil)
        let answeredCount = try await answered.copy().count()
        var threads: [MessageThread] = []
        if offset < waitingCount {
            threads = try await PoolQueue.waiting(in: pool, on: req.db).with(\.$patient).with(\.$assignee)
                .sort(\.$waitingSince).sort(\.$id).range(offset..<(offset + Self.perPage)).all()
        }
        if threads.count < Self.perPage {
            let start = max(0, offset - waitingCount)
            threads += try await answered.with(\.$patient).with(\.$assignee).sort(\.$lastMessageAt, .descending).sort(\.$id)
                .range(start..<(start + Self.perPage - threads.count)).all()
        }
        return (threads, waitingCount + answeredCount)
    }

    private func done(in pool: CarePool, offset: Int, _ req: Request) async throws -> ([MessageThread], Int) {
        let query = try MessageThread.query(on: req.db).filter(\.$pool.$id == pool.requireID()).filter(\.$status == .done)
        let total = try await query.copy().count()
        let threads = try await query.with(\.$patient).with(\.$assignee).sort(\.$lastMessageAt, .descending).sort(\.$id)
            .range(offset..<(offset + Self.perPage)).all()
        return (threads, total)
    }
}
