import Fluent
import Foundation
import PortalCore
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
        for item: some ClinicalItem, kind: RestrictionForm.Kind, _ req: Request, _ authorized: AuthorizedPatient
    ) -> RestrictionForm.Model? {
        guard authorized.level == .staff(.clinician), let id = item.id else { return nil }
        return RestrictionForm.Model(
            action: Routes.patientRestrictions(authorized.ref), kind: kind, itemID: id, returnPath: req.url.path,
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
        let record = req.record(of: authorized)
        let staffID = req.currentSession?.staff?.id
        switch kind {
        case .labReport:
            guard let report = try await record.labReport(itemID) else { throw PortalError.notFound }
            let values = try await record.labResultModels(inReport: itemID)
            try await req.db.transaction { db in
                for item in [report as any ClinicalItem] + values {
                    try await Self.apply(restricting, reason: reason, by: staffID, at: req.now, to: item, on: db)
                }
            }
        case .imagingReport:
            guard let report = try await record.imagingReport(itemID) else { throw PortalError.notFound }
            try await Self.apply(restricting, reason: reason, by: staffID, at: req.now, to: report, on: req.db)
        case .document:
            guard let document = try await record.document(itemID) else { throw PortalError.notFound }
            try await Self.apply(restricting, reason: reason, by: staffID, at: req.now, to: document, on: req.db)
        }
        try await req.audit(restricting ? .itemRestricted : .itemRestrictionLifted, .success, patientID: authorized.id)
        return req.redirect(to: ReturnPath.safe(submission.return), redirectType: .normal)
    }

    private static func apply(
        _ restricting: Bool, reason: String, by staffID: UUID?, at now: Date, to item: any ClinicalItem, on db: any Database
    ) async throws {
        if restricting {
            item.sensitivityValue = Sensitivity.restricted.storageValue
            item.restrictionReason = reason
            item.restrictedBy = staffID
            item.restrictedAt = now
        } else {
            item.sensitivityValue = item.sourceSensitivity ?? item.sensitivityValue
            item.restrictionReason = nil
            item.restrictedBy = nil
            item.restrictedAt = nil
        }
        try await item.save(on: db)
    }
}
