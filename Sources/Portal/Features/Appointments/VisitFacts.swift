import Fluent
import Foundation
import PortalCore

/// What the family created about one visit (the request that booked it, cancellation and
/// interpreter requests, guest links) is at least as private as the visit: when a clinician
/// hides the visit, these follow, so the request that booked it does not tell the parents
/// what the visit no longer does; when the mark is lifted, each gets its own label back.
enum VisitFacts {
    /// Sets each fact's label to the stricter of its own and the visit's, in the caller's
    /// transaction.
    static func follow(visit visitID: UUID, now label: Sensitivity, on db: any Database) async throws {
        let requests = try await SchedulingRequest.query(on: db).group(.or) { about in
            about.filter(\.$appointmentID == visitID).filter(\.$bookedAppointmentID == visitID)
        }.all()
        for request in requests {
            let own = request.ownSensitivity ?? request.sensitivityValue
            let shown = Sensitivity(storageValue: own).strictest(label).storageValue
            guard shown != request.sensitivityValue || own != request.ownSensitivity else { continue }
            (request.ownSensitivity, request.sensitivityValue) = (own, shown)
            try await request.update(on: db)
        }
        for pass in try await VisitGuestPass.query(on: db).filter(\.$appointmentID == visitID).all() {
            let own = pass.ownSensitivity ?? pass.sensitivityValue
            let shown = Sensitivity(storageValue: own).strictest(label).storageValue
            guard shown != pass.sensitivityValue || own != pass.ownSensitivity else { continue }
            (pass.ownSensitivity, pass.sensitivityValue) = (own, shown)
            try await pass.update(on: db)
        }
    }
}
