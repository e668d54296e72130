import Fluent
import Foundation

/// The one way into the record that is not a viewer's: a guest's video link, checked by its
/// hash before this is called, opens the one visit it was made for and nothing else. Behind
/// `@_spi(GuestPass)`, imported only by the guest's page.
public enum GuestVisits {
    @_spi(GuestPass)
    public static func appointment(_ id: UUID, on db: any Database) async throws -> Appointment? {
        try await StoredAppointment.query(on: db).filter(\.$id == id).with(\.$department).first().map(Appointment.init)
    }
}
