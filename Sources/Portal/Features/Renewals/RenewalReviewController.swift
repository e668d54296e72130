import Fluent
import Foundation
import PortalCore
import PortalRecord
import SQLKit
import Vapor

/// The clinicians' side: a renewal request in a care team they work, and their decision:
/// approve with a number of refills, deny with a reason for the family, or ask for a visit.
/// The decision and the family's notice commit together, then the page says so.
struct RenewalReviewController: RouteCollection {
    struct DecisionForm: Content {
        var decision: String?
        var refills: String?
        var note: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffRenewal) { req, authorized in
            let (request, medication) = try await workedRequest(req, authorized)
            let flash = req.query[String.self, at: "done"] == "1" ? Strings.renewals.decided : nil
            return try await page(req, authorized, request, medication, flash: flash)
        }
        routes.on(Routes.staffRenewalDecision) { req, authorized in try await decide(req, authorized) }
    }

    func workedRequest(_ req: Request, _ authorized: AuthorizedPatient) async throws -> (RenewalRequest, Medication) {
        let staff = try req.signedInStaff()
        guard let id = req.id(of: RenewalRequest.self),
            let request = try await Renewals.forClinician(id, of: authorized, staffID: staff.requireID(), on: req.db),
            let medication = try await req.record(of: authorized).medication(request.medicationID)
        else { throw PortalError.notFound }
        return (request, medication)
    }

    func page(
        _ req: Request, _ authorized: AuthorizedPatient, _ request: RenewalRequest, _ medication: Medication,
        flash: LocalizedText? = nil, problem: LocalizedText? = nil, form: DecisionForm? = nil,
        errors: [String: LocalizedText] = [:], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let review = RenewalPage.Review(
            action: Routes.staffRenewalDecision(authorized.ref, request.ref), sentDecision: form?.decision,
            refills: form?.refills ?? "", note: form?.note ?? "", errors: errors)
        let model = RenewalPageModel.make(
            request, medication: medication, req, authorized, flash: flash, problem: problem, review: review)
        return RenewalPage.render(model, context: try await req.pageContext(patientInView: authorized))
            .response(status: status)
    }

    func decide(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        let staff = try req.signedInStaff()
        let (request, medication) = try await workedRequest(req, authorized)
        let form = (try? req.content.decode(DecisionForm.self)) ?? DecisionForm()
        let words = Strings.renewals
        guard RenewalFlow.canDecide(request.status) else {
            return try await page(req, authorized, request, medication, problem: words.alreadyDecided, status: .conflict)
        }
        let decision: RenewalDecision
        switch RenewalFlow.decision(form.decision, refills: form.refills, note: FormText.cleaned(form.note)) {
        case .success(let decided): decision = decided
        case .failure(let problems) where problems.contains(.unknownDecision):
            return try await page(
                req, authorized, request, medication, problem: Strings.schedulerQueue.unknownAction,
                status: .unprocessableEntity)
        case .failure(let problems):
            var errors: [String: LocalizedText] = [:]
            if problems.contains(.refillsInvalid) { errors["refills"] = words.refillsInvalid }
            if problems.contains(.noteTooLong) { errors["note"] = Strings.schedulerQueue.textTooLong }
            if problems.contains(.reasonNeeded) { errors["note"] = words.noteNeeded }
            return try await page(
                req, authorized, request, medication, form: form, errors: errors, status: .unprocessableEntity)
        }
        let next = decision.status
        let staffID = try staff.requireID()
        let requestID = try request.requireID()
        let config = req.portal.config
        let decided = try await req.auditedChange { change -> Bool in
            let db = change.db
            guard try await Self.claim(requestID, to: next, on: db) else { return false }
            request.status = next
            request.decidedAt = req.now
            request.$decidedBy.id = staffID
            if case .approve(let refills) = decision { request.refillsApproved = refills }
            request.decisionNote = decision.note
            try await request.update(on: db)
            try await RequestNotices.queue(
                .renewal, requestID: requestID, patientID: request.$patient.id, memberID: request.$member.id,
                sensitivity: request.sensitivity, db: db, config: config, now: req.now)
            try await change.audit(.renewalDecided, .success, patientID: authorized.id, subject: .renewal(requestID))
            return true
        }
        guard decided else {
            let current = try await workedRequest(req, authorized)
            return try await page(req, authorized, current.0, current.1, problem: words.alreadyDecided, status: .conflict)
        }
        return req.redirect(to: Routes.staffRenewal(authorized.ref, Ref(requestID)) + "?done=1", redirectType: .normal)
    }

    /// Moves the request out of open if no colleague decided it first.
    static func claim(_ id: UUID, to next: RenewalRequest.Status, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let claimed = try await sql.update(RenewalRequest.schema).set("status", to: SQLBind(next.rawValue))
            .where("id", .equal, SQLBind(id)).where("status", .equal, SQLBind(RenewalRequest.Status.open.rawValue))
            .returning("id").all()
        return claimed.count == 1
    }
}
