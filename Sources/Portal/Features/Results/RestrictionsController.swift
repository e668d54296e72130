import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A clinician restricts a report or document with a reason, which hides it (and a
/// report's values) from every family member, or releases it again. Only clinicians; each
/// decision is audited with the item.
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
            restrictedBecause: item.restrictedAt == nil ? nil : (item.restrictionReason ?? ""))
    }

    func decide(_ req: Request, _ authorized: AuthorizedPatient) async throws -> Response {
        guard let submission = try? req.content.decode(Submission.self),
            let kind = RestrictionForm.Kind(rawValue: submission.kind),
            let itemID = UUID(uuidString: submission.item), ["restrict", "lift"].contains(submission.decision)
        else { throw PortalError.badRequest }
        let reason = submission.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let restricting = submission.decision == "restrict"
        if restricting && (reason.isEmpty || reason.count > 500) {
            throw PortalError.badRequest
        }
        let decided = try await req.record(of: authorized).decide(
            restricting ? .restrict(reason: reason) : .lift, on: kind, itemID, by: req.currentSession?.staff?.id)
        guard decided else { throw PortalError.notFound }
        try await req.audit(restricting ? .itemRestricted : .itemRestrictionLifted, .success, patientID: authorized.id)
        return req.redirect(to: ReturnPath.safe(submission.return), redirectType: .normal)
    }
}
