import Fluent
import Foundation
import PortalCore

/// One item of the record named by kind and id, for what outlives a request: a queued notice
/// names the items it tells about, and asks the record again when it is due whether its
/// reader may still see any of them. Written `kind:uuid`; text that does not read as one is
/// no item (fails closed).
public struct RecordItemReference: Sendable, Hashable {
    public let kind: PatientRecord.RestrictableKind
    public let id: UUID

    public init(_ kind: PatientRecord.RestrictableKind, _ id: UUID) {
        self.kind = kind
        self.id = id
    }

    public init?(text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = PatientRecord.RestrictableKind(rawValue: parts[0]), let id = UUID(uuidString: parts[1])
        else { return nil }
        self.init(kind, id)
    }

    public var text: String { "\(kind.rawValue):\(id.uuidString.lowercased())" }
}

extension PatientRecord {
    /// Whether this viewer may see at least one of the items now, with their labels as they
    /// are now (relabelled, restricted, entered in error since). Result delays are not
    /// applied: a notice is queued for when the reader's delay has passed.
    public func showsAny(of references: [RecordItemReference]) async throws -> Bool {
        for (kind, group) in Dictionary(grouping: references, by: \.kind) {
            let ids = group.map(\.id)
            let found: Int
            switch kind {
            case .labReport: found = try await visible(StoredLabReport.self).filter(\.$id ~~ ids).count()
            case .imagingReport: found = try await visible(StoredImagingReport.self).filter(\.$id ~~ ids).count()
            case .document: found = try await visibleDocuments().filter(\.$id ~~ ids).count()
            case .medication: found = try await visible(StoredMedication.self).filter(\.$id ~~ ids).count()
            case .allergy: found = try await visibleAllergies().filter(\.$id ~~ ids).count()
            case .immunization: found = try await visible(StoredImmunization.self).filter(\.$id ~~ ids).count()
            case .appointment: found = try await visible(StoredAppointment.self).filter(\.$id ~~ ids).count()
            }
            if found > 0 { return true }
        }
        return false
    }
}
