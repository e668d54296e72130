import Fluent
import Foundation
import PortalCore

/// A visit's documents (its after-visit summary, a note) are at least as private as the
/// visit: each shows under the stricter of its own label and the visit's, and under the
/// visit's clinician mark while the clinician keeps it, as a report's values do.
enum VisitDocuments {
    /// Brings the documents of these visits (by the visits' source keys) under their visits' labels.
    static func follow(visits keys: Set<String>, on db: any Database) async throws {
        let keys = Array(keys)
        for slice in keys.batches() {
            let documents = try await StoredClinicalDocument.query(on: db).filter(\.$visitKey ~~ slice).all()
            guard !documents.isEmpty else { continue }
            let visits = try await StoredAppointment.query(on: db).filter(\.$sourceKey ~~ slice).all()
            let byKey = Dictionary(visits.map { ($0.sourceKey ?? "", $0) }) { first, _ in first }
            for document in documents {
                guard let visit = document.visitKey.flatMap({ byKey[$0] }) else { continue }
                let before = (document.sensitivityValue, document.clinicianMarkValue, document.restrictedAt)
                document.inheritLabel(from: visit)
                if before != (document.sensitivityValue, document.clinicianMarkValue, document.restrictedAt) {
                    try await document.update(on: db)
                }
            }
        }
    }
}
