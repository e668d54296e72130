import Fluent
import Foundation

/// A department's booked visits in a span of time, as the front desk lists them: which
/// patient and when, nothing of the record.
public struct DepartmentVisit: Sendable {
    public let id: UUID
    public let patientID: UUID
    public let start: Date
}

extension PatientRecord {
    public static func departmentVisits(
        _ departmentID: UUID, from start: Date, until end: Date, on db: any Database
    ) async throws -> [DepartmentVisit] {
        try await StoredAppointment.query(on: db).filter(\.$department.$id == departmentID)
            .filter(\.$start >= start).filter(\.$start < end).sort(\.$start).sort(\.$id).range(..<500).all()
            .filter(\.isActive)
            .map { DepartmentVisit(id: $0.id!, patientID: $0.patientID, start: $0.start) }
    }
}
