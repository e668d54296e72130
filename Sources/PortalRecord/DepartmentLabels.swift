import Fluent
import Foundation
import PortalCore

/// A department marked confidential makes every visit there confidential, the ones already
/// stored included: an adolescent clinic's name and times say what a teen is seen for. The
/// change only tightens; a category removed leaves stored visits as they are until the EHR
/// sends them again (fail closed). Behind `@_spi(DepartmentSetup)`, imported only by the
/// department settings.
public enum DepartmentLabels {
    /// Labels the department's normal visits with its category, and their documents with
    /// them, in the caller's transaction; returns each visit that changed with its label now,
    /// for what the portal keeps about visits (requests, guest links) to follow.
    @_spi(DepartmentSetup)
    public static func tighten(
        departmentID: UUID, to category: SensitiveCategory, on db: any Database
    ) async throws -> [(visitID: UUID, label: Sensitivity)] {
        let label = Sensitivity.adolescentConfidential(category).storageValue
        // Unmarked visits are normal in both columns; a marked one keeps its mark over the new label.
        let visits = try await StoredAppointment.query(on: db).filter(\.$department.$id == departmentID)
            .group(.or) { unmarkedNormal in
                unmarkedNormal.filter(\.$sourceSensitivity == Sensitivity.normal.storageValue)
                    .filter(\.$sourceSensitivity == nil)
            }
            .all().filter { Sensitivity(storageValue: $0.sourceSensitivity ?? $0.sensitivityValue) == .normal }
        for visit in visits {
            visit.sourceSensitivity = label
            visit.sensitivityValue = visit.labelInForce(over: visit.unmarkedLabel).storageValue
            try await visit.update(on: db)
        }
        try await VisitDocuments.follow(visits: Set(visits.compactMap(\.sourceKey)), on: db)
        return try visits.map { (try $0.requireID(), Sensitivity(storageValue: $0.sensitivityValue)) }
    }
}
