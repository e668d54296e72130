import Fluent
import Foundation
import PortalCore
import Vapor

/// A patient's clinical items as one viewer may see them. It exists only for an
/// `AuthorizedPatient`, and every query below filters by that patient and by the labels the
/// access decision allows, in the database: a hidden item is never loaded, so it cannot be
/// listed, counted, printed or hinted at by mistake. Clinical models are queried nowhere
/// else (a test checks the sources).
struct PatientRecord: Sendable {
    let authorized: AuthorizedPatient
    let db: any Database

    /// What the record's front page counts.
    struct Counts: Sendable, Equatable {
        var documents: Int
    }

    func documents() async throws -> [ClinicalDocument] {
        try await visibleDocuments().sort(\.$writtenAt, .descending).sort(\.$id).all()
    }

    /// One document, or nil when it does not exist, belongs to someone else or is hidden
    /// from this viewer: the three look alike from outside.
    func document(_ id: UUID) async throws -> ClinicalDocument? {
        try await visibleDocuments().filter(\.$id == id).first()
    }

    func counts() async throws -> Counts {
        Counts(documents: try await visibleDocuments().count())
    }

    private func visibleDocuments() -> QueryBuilder<ClinicalDocument> {
        ClinicalDocument.query(on: db)
            .filter(\.$patient.$id == authorized.id)
            .filter(\.$sensitivityValue ~~ authorized.access.visibleStorageValues)
            .filter(\.$status == ClinicalDocument.Status.current.rawValue)
    }
}

extension Request {
    func record(of authorized: AuthorizedPatient) -> PatientRecord {
        PatientRecord(authorized: authorized, db: db)
    }
}
