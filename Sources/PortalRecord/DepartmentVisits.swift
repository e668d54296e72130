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

extension PatientRecord {
    /// The patient's visits in these departments starting from `since`: the front desk's
    /// reach, which asks only whether there are any.
    public static func visitIDs(
        of patientID: UUID, in departments: [UUID], since: Date, on db: any Database
    ) async throws -> [UUID] {
        try await StoredAppointment.query(on: db).filter(\.$patientID == patientID)
            .filter(\.$department.$id ~~ departments).filter(\.$start >= since).range(..<200).all().compactMap(\.id)
    }
}
