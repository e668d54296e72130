import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A clinician marks an item of any kind with a reason, which hides it (and a report's
/// values) from every family member ("restrict") or from the parents only ("adolescent"),
/// or releases it again ("lift"). Only clinicians; each decision is audited with the item.
struct RestrictionsController: RouteCollection {
    struct Submission: Content {
        var kind: String
        var item: String
        var decision: String
        var reason: String?
        var `return`: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientRestrictions) { req, authorized in try await decide(req, authorized) }
    }

    /// The form for a page, when the viewer is a clinician.
    static func form(
        for item: some RecordItem, kind: RestrictionForm.Kind, _ req: Request, _ authorized: AuthorizedPatient
    ) -> RestrictionForm.Model? {
        guard authorized.level == .staff(.clinician) else { return nil }
        return RestrictionForm.Model(
            action: Routes.patientRestrictions(authorized.ref), kind: kind, itemID: item.id, returnPath: req.url.path,
            mark: item.clinicianMark.map { ($0, item.restrictionReason ?? "") })
    }

    func decide(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let submission = try? req.content.decode(Submission.self),
            let kind = RestrictionForm.Kind(rawValue: submission.kind),
            let itemID = UUID(uuidString: submission.item)
        else { throw PortalError.badRequest }
        let reason = submission.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let decision: PatientRecord.RestrictionDecision
        let action: AuditEntry.Action
        switch submission.decision {
        case "lift":
            (decision, action) = (.lift, .itemRestrictionLifted)
        case "restrict", "adolescent":
            guard !reason.isEmpty, reason.count <= 500 else { throw PortalError.badRequest }
            let mark: ClinicianMark = submission.decision == "restrict" ? .restricted : .confidentialToAdolescent
            (decision, action) = (.mark(mark, reason: reason), mark == .restricted ? .itemRestricted : .itemMarkedConfidential)
        default:
            throw PortalError.badRequest
        }
        let staffID = req.currentSession?.staff?.id
        let decided = try await req.auditedChange { change in
            let db = change.db
            let record = req.record(of: authorized).using(db)
            guard try await record.decide(decision, on: kind, itemID, by: staffID) else { return false }
            if kind == .appointment, let visit = try await record.appointment(itemID) {
                try await VisitFacts.follow(visit: itemID, now: visit.sensitivity, on: db)
            }
            try await change.audit(
                action, .success, patientID: authorized.id, subject: .clinicalItem(kind: kind.rawValue, itemID))
            return true
        }
        guard decided else { throw PortalError.notFound }
        return req.redirect(to: ReturnPath.safe(submission.return), redirectType: .normal)
    }
}
