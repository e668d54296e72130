import Fluent
import Foundation
import PortalRecord

/// A scheduler who works a department's queue of requests.
final class DepartmentScheduler: Model, @unchecked Sendable {
    static let schema = "department_schedulers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "department_id") var department: Department
    @Parent(key: "staff_id") var staff: StaffUser

    var properties: [any AnyProperty] { [$id, $department, $staff] }

    init() {}

    init(departmentID: UUID, staffID: UUID) {
        self.$department.id = departmentID
        self.$staff.id = staffID
    }
}
