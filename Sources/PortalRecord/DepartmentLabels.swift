import Fluent
import Foundation
import PortalCore

/// A department marked confidential makes every visit there confidential, the ones already
/// stored included: an adolescent clinic's name and times say what a teen is seen for. The
/// change only tightens; a category removed leaves stored visits as they are until the EHR
/// sends them again (fail closed). Behind `@_spi(DepartmentSetup)`, imported only by the
/// department settings.
public enum DepartmentLabels {
    /// Labels the department's normal visits with its category, in the caller's transaction;
    /// returns how many changed.
    @_spi(DepartmentSetup)
    public static func tighten(departmentID: UUID, to category: SensitiveCategory, on db: any Database) async throws -> Int {
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
            visit.sensitivityValue = visit.labelInForce(over: .adolescentConfidential(category)).storageValue
            try await visit.update(on: db)
        }
        return visits.count
    }
}
