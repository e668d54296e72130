import Fluent
import Foundation
import PortalCore
import SQLKit
import Vapor

/// "Break the glass": a clinician opens a record outside their care teams for two hours,
/// with a reason from the list and words of their own, audited; HIM reviews every opening.
struct BreakTheGlassController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientBreakTheGlass) { req in try await open(req) }
        routes.on(Routes.staffBrokenGlass) { req in try await review(req) }
        routes.on(Routes.staffBrokenGlassReviewed) { req in try await markReviewed(req) }
        routes.on(Routes.staffAccessChangeReviewed) { req in try await markAccessChangeReviewed(req) }
    }

    /// The form, shown in place of a record page the clinician may not open without a reason.
    static func formResponse(for needed: BreakTheGlassNeeded, _ req: Request) -> Response {
        let model = BreakTheGlassPages.FormModel(
            action: Routes.patientBreakTheGlass(Ref(needed.patientID)),
            returnPath: req.method == .GET ? req.url.path : Routes.patient(Ref(needed.patientID)))
        return BreakTheGlassPages.reasonForm(model, context: req.pageContextWithoutRecords()).response(status: .forbidden)
    }

    func open(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        guard let patientID = req.id(of: Patient.self), try await Patient.find(patientID, on: req.db) != nil else {
            throw PortalError.notFound
        }
        let reasonText = (try? req.content.get(String.self, at: "reason")) ?? ""
        let explanation = FormText.cleaned(try? req.content.get(String.self, at: "explanation"))
        let returnPath = ReturnPath.safe(try? req.content.get(String.self, at: "return"))
        let reason = BreakTheGlassReason(rawValue: reasonText)
        guard let reason, (10...500).contains(explanation.count) else {
            var model = BreakTheGlassPages.FormModel(
                action: Routes.patientBreakTheGlass(Ref(patientID)), returnPath: returnPath, reason: reasonText,
                explanation: String(explanation.prefix(500)))
            if reason == nil { model.reasonError = Strings.breakTheGlass.chooseReason }
            if !(10...500).contains(explanation.count) { model.explanationError = Strings.breakTheGlass.explanationNeeded }
            return BreakTheGlassPages.reasonForm(model, context: req.pageContextWithoutRecords())
                .response(status: .unprocessableEntity)
        }
        let glass = BrokenGlass(
            staffID: try staff.requireID(), patientID: patientID, reason: reason, explanation: explanation, at: req.now)
        try await req.auditedChange { change in
            try await glass.create(on: change.db)
            try await change.audit(.brokeTheGlass, .success, patientID: patientID)
        }
        return req.redirect(to: returnPath, redirectType: .normal)
    }

    func review(_ req: Request) async throws -> Response {
        let zone = req.hospitalTimeZone
        let language = req.language
        let waiting = try await BrokenGlass.query(on: req.db).filter(\.$reviewedAt == nil).sort(\.$openedAt)
            .with(\.$staff).with(\.$patient).range(..<500).all()
        let reviewed = try await BrokenGlass.query(on: req.db).filter(\.$reviewedAt != nil)
            .sort(\.$reviewedAt, .descending).with(\.$staff).with(\.$patient).with(\.$reviewedBy).range(..<50).all()
        func opening(_ glass: BrokenGlass) -> BreakTheGlassPages.Opening {
            let words = Strings.breakTheGlass
            return BreakTheGlassPages.Opening(
                patientName: glass.patient.shownName, patientLink: Routes.staffPatient(Ref(glass.$patient.id)),
                opened: words.openedBy(glass.staff.fullName, DateText.dateTime(glass.openedAt, in: zone, language: language))(
                    language),
                until: words.until(DateText.dateTime(glass.expiresAt, in: zone, language: language))(language),
                reason: words.reasonName(glass.reason), explanation: glass.explanation,
                reviewAction: glass.reviewedAt == nil ? Routes.staffBrokenGlassReviewed(glass.ref) : nil,
                reviewed: glass.reviewedAt.map {
                    words.reviewedBy(glass.reviewedBy?.fullName ?? "", DateText.dateTime($0, in: zone, language: language))(
                        language)
                })
        }
        // Every waiting one, oldest first; then the latest reviewed.
        let waitingChanges = try await StaffAccountChange.query(on: req.db).filter(\.$kind ~~ [.created, .roleChanged])
            .filter(\.$reviewedAt == nil).sort(\.$changedAt).with(\.$staffUser).with(\.$changedBy).all()
            .filter(\.reachesPatients)
        let reviewedChanges = try await StaffAccountChange.query(on: req.db).filter(\.$reviewedAt != nil)
            .sort(\.$reviewedAt, .descending).with(\.$staffUser).with(\.$changedBy).with(\.$reviewedBy).range(..<50).all()
        let signedIn = try req.signedInStaff().requireID()
        let reviewerWaits = waitingChanges.contains { $0.$staffUser.id == signedIn }
        func accessChange(_ change: StaffAccountChange) -> BreakTheGlassPages.AccessChange {
            let words = Strings.breakTheGlass
            let role = (change.detail?.split(separator: "→").last).flatMap { StaffRole(rawValue: String($0)) }
            return BreakTheGlassPages.AccessChange(
                person: "\(change.staffUser.fullName) (\(change.staffUser.email))",
                role: role.map { Strings.home.role($0)(language) } ?? "",
                given: words.givenBy(
                    change.changedBy.fullName, DateText.dateTime(change.changedAt, in: zone, language: language))(language),
                reason: change.reason,
                reviewAction: change.reviewedAt == nil && Self.mayReview(change, reviewer: signedIn, waits: reviewerWaits)
                    ? Routes.staffAccessChangeReviewed(change.ref) : nil,
                reviewed: change.reviewedAt.map {
                    words.reviewedBy(change.reviewedBy?.fullName ?? "", DateText.dateTime($0, in: zone, language: language))(
                        language)
                })
        }
        try await req.audit(.brokenGlassListView, .success)
        return BreakTheGlassPages.review(
            .init(
                waiting: waiting.map(opening), reviewed: reviewed.map(opening),
                accessWaiting: waitingChanges.map(accessChange), accessReviewed: reviewedChanges.map(accessChange)),
            context: try await req.pageContext()
        ).response()
    }

    /// Whether this reviewer may vouch for the change: not the person it gave access to, nor
    /// the one who made it, nor anyone whose own access still waits for review (two accounts
    /// an administrator made cannot vouch for each other).
    static func mayReview(_ change: StaffAccountChange, reviewer: UUID, waits: Bool) -> Bool {
        change.$staffUser.id != reviewer && change.$changedBy.id != reviewer && !waits
    }

    /// Marks one access change reviewed, once, by someone who may (`mayReview`).
    func markAccessChangeReviewed(_ req: Request) async throws -> Response {
        let staffID = try req.signedInStaff().requireID()
        guard let id = req.id(of: StaffAccountChange.self),
            let accessChange = try await StaffAccountChange.find(id, on: req.db), accessChange.reachesPatients
        else { throw PortalError.notFound }
        let ownWaits = try await StaffAccountChange.query(on: req.db).filter(\.$staffUser.$id == staffID)
            .filter(\.$kind ~~ [.created, .roleChanged]).filter(\.$reviewedAt == nil).all().contains(where: \.reachesPatients)
        guard Self.mayReview(accessChange, reviewer: staffID, waits: ownWaits) else { throw PortalError.forbidden }
        let now = req.now
        try await req.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { throw PortalError.internalFailure }
            let marked = try await sql.update(StaffAccountChange.schema)
                .set("reviewed_at", to: SQLBind(now)).set("reviewed_by", to: SQLBind(staffID))
                .where("id", .equal, SQLBind(id)).where("reviewed_at", .is, SQLLiteral.null)
                .returning("id").all()
            if !marked.isEmpty {
                try await change.audit(.staffAccessReviewed, .success, subject: .staff(accessChange.$staffUser.id))
            }
        }
        return req.redirect(to: Routes.staffBrokenGlass(), redirectType: .normal)
    }

    /// Marks one opening reviewed, once: of two HIM users clicking at once, one records it.
    func markReviewed(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        guard let id = req.id(of: BrokenGlass.self), let glass = try await BrokenGlass.find(id, on: req.db) else {
            throw PortalError.notFound
        }
        let (now, staffID) = (req.now, try staff.requireID())
        try await req.auditedChange { change in
            guard let sql = change.db as? any SQLDatabase else { throw PortalError.internalFailure }
            let marked = try await sql.update(BrokenGlass.schema)
                .set("reviewed_at", to: SQLBind(now)).set("reviewed_by", to: SQLBind(staffID))
                .where("id", .equal, SQLBind(id)).where("reviewed_at", .is, SQLLiteral.null)
                .returning("id").all()
            if !marked.isEmpty {
                try await change.audit(.brokenGlassReviewed, .success, patientID: glass.$patient.id)
            }
        }
        return req.redirect(to: Routes.staffBrokenGlass(), redirectType: .normal)
    }
}
