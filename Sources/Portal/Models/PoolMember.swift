import Fluent
import Foundation

/// A staff member who works a pool's inbox.
final class PoolMember: Model, @unchecked Sendable {
    static let schema = "pool_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pool_id") var pool: CarePool
    @Parent(key: "staff_id") var staff: StaffUser

    init() {}

    init(poolID: UUID, staffID: UUID) {
        self.$pool.id = poolID
        self.$staff.id = staffID
    }
}
