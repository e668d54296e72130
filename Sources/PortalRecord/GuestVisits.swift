import Fluent
import Foundation
import PortalCore

/// The one way into the record that is not a viewer's: a guest's video link, checked by its
/// hash before this is called, opens the one visit it was made for, and only what the guest
/// page needs of it: when, whether it still stands, the room, its label, and whose it is.
/// Behind `@_spi(GuestPass)`, imported only by the guest's page.
public enum GuestVisits {
    public struct Visit: Sendable {
        public let patientID: UUID
        /// The visit's label, for checking that the link's maker may still see the visit.
        public let sensitivity: Sensitivity
        public let start: Date
        public let end: Date
        public let isActive: Bool
        public let videoRoom: String?
        public let department: Department
    }

    @_spi(GuestPass)
    public static func visit(_ appointmentID: UUID, on db: any Database) async throws -> Visit? {
        guard
            let stored = try await StoredAppointment.query(on: db).filter(\.$id == appointmentID).with(\.$department)
                .first()
        else { return nil }
        return Visit(
            patientID: stored.patientID, sensitivity: stored.sensitivity, start: stored.start, end: stored.end,
            isActive: stored.isActive,
            videoRoom: stored.videoRoom, department: stored.department)
    }
}
