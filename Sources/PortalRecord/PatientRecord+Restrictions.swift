import Fluent
import Foundation
import PortalCore

/// A clinician's mark: it hides an item of any kind (and a report's values) from every family
/// member, or from the parents only, whatever its label, until a clinician lifts it. The
/// EHR's later versions keep it.
extension PatientRecord {
    public enum RestrictableKind: String, Sendable, CaseIterable {
        case labReport = "lab_report"
        case imagingReport = "imaging_report"
        case document
        case medication
        case allergy
        case immunization
        case appointment
    }

    public enum RestrictionDecision: Sendable, Equatable {
        case mark(ClinicianMark, reason: String)
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
            items = try await visible(StoredImagingReport.self, delayed: true).filter(\.$id == id).all()
        case .document:
            items = try await visibleDocuments().filter(\.$id == id).all()
        case .medication:
            items = try await visible(StoredMedication.self).filter(\.$id == id).all()
        case .allergy:
            items = try await visibleAllergies().filter(\.$id == id).all()
        case .immunization:
            items = try await visible(StoredImmunization.self).filter(\.$id == id).all()
        case .appointment:
            items = try await visible(StoredAppointment.self).filter(\.$id == id).all()
        }
        guard !items.isEmpty else { return false }
        // A visit's documents follow it; a mark they carry of their own stays when it is lifted.
        let visit = items.first as? StoredAppointment
        let documents = try await documents(ofVisit: visit)
        let visitMark = (visit?.restrictedAt, visit?.restrictionReason)
        try await db.transaction { db in
            for item in items {
                Self.apply(decision, by: staffID, at: now, to: item)
                // A report's values go back to the stricter of their label and the report's, and
                // the report to what its values allow.
                if let value = item as? StoredLabResult, let report = items.first as? StoredLabReport {
                    value.inheritLabel(from: report)
                }
                if let report = item as? StoredLabReport {
                    report.followParts(
                        labels: items.dropFirst().filter { ($0 as? StoredLabResult)?.status != "entered-in-error" }.map(
                            \.ownLabel))
                }
                try await item.save(on: db)
            }
            for document in documents {
                if case .lift = decision, document.restrictedAt == visitMark.0,
                    document.restrictionReason == visitMark.1
                {
                    Self.apply(.lift, by: staffID, at: now, to: document)
                }
                if let visit { document.inheritLabel(from: visit) }
                try await document.save(on: db)
            }
        }
        return true
    }

    private func documents(ofVisit visit: StoredAppointment?) async throws -> [StoredClinicalDocument] {
        guard let key = visit?.sourceKey else { return [] }
        return try await visibleDocuments().filter(\.$visitKey == key).all()
    }

    private static func apply(_ decision: RestrictionDecision, by staffID: UUID?, at now: Date, to item: any ClinicalItem) {
        let unmarked = (item as? StoredAppointment)?.unmarkedLabel ?? item.ownLabel
        switch decision {
        case .mark(let mark, let reason):
            // A mark made over an earlier one replaces it; the label is taken from the unmarked one.
            item.clinicianMarkValue = mark.rawValue
            item.restrictionReason = reason
            item.restrictedBy = staffID
            item.restrictedAt = now
        case .lift:
            item.clinicianMarkValue = nil
            item.restrictionReason = nil
            item.restrictedBy = nil
            item.restrictedAt = nil
        }
        item.sensitivityValue = item.labelInForce(over: unmarked).storageValue
    }
}
