import Fluent
import Foundation

/// A staff member who works a care team's inbox.
final class CareTeamStaff: Model, @unchecked Sendable {
    static let schema = "pool_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pool_id") var careTeam: CareTeam
    @Parent(key: "staff_id") var staff: StaffUser

    var properties: [any AnyProperty] { [$id, $careTeam, $staff] }

    init() {}

    init(careTeamID: UUID, staffID: UUID) {
        self.$careTeam.id = careTeamID
        self.$staff.id = staffID
    }
}
