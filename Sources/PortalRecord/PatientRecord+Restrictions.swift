import Fluent
import Foundation
import PortalCore

/// A clinician's restriction: it hides an item (and a report's values) from every family
/// member, whatever its label, until a clinician lifts it. The EHR's later versions keep it.
extension PatientRecord {
    public enum RestrictableKind: String, Sendable, CaseIterable {
        case labReport = "lab_report"
        case imagingReport = "imaging_report"
        case document
    }

    public enum RestrictionDecision: Sendable, Equatable {
        case restrict(reason: String)
        case lift
    }

    /// Applies the decision to one visible item, in one transaction; false when the item is
    /// not there for this viewer or the viewer is not a clinician.
    public func decide(
        _ decision: RestrictionDecision, on kind: RestrictableKind, _ id: UUID, by staffID: UUID?
    ) async throws -> Bool {
        guard access.level == .staff(.clinician) else { return false }
        let items: [any ClinicalItem]
        switch kind {
        case .labReport:
            guard let report = try await visible(StoredLabReport.self, delayed: true).filter(\.$id == id).first() else {
                return false
            }
            items = [report] + (try await visible(StoredLabResult.self, delayed: true).filter(\.$report.$id == id).all())
        case .imagingReport:
            guard let report = try await visible(StoredImagingReport.self, delayed: true).filter(\.$id == id).first() else {
                return false
            }
            items = [report]
        case .document:
            guard let document = try await visibleDocuments().filter(\.$id == id).first() else { return false }
            items = [document]
        }
        try await db.transaction { db in
            for item in items {
                Self.apply(decision, by: staffID, at: now, to: item)
                // A report's values go back to the stricter of their label and the report's.
                if let value = item as? StoredLabResult, let report = items.first as? StoredLabReport {
                    value.inheritLabel(from: report)
                }
                try await item.save(on: db)
            }
        }
        return true
    }

    private static func apply(_ decision: RestrictionDecision, by staffID: UUID?, at now: Date, to item: any ClinicalItem) {
        switch decision {
        case .restrict(let reason):
            item.sensitivityValue = Sensitivity.restricted.storageValue
            item.restrictionReason = reason
            item.restrictedBy = staffID
            item.restrictedAt = now
        case .lift:
            item.sensitivityValue = item.sourceSensitivity ?? item.sensitivityValue
            item.restrictionReason = nil
            item.restrictedBy = nil
            item.restrictedAt = nil
        }
    }
}
