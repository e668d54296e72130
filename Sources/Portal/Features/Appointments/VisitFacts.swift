import Fluent
import Foundation
import PortalCore

/// What the family created about one visit (the request that booked it, cancellation and
/// interpreter requests, guest links) is at least as private as the visit: when a clinician
/// hides the visit, these follow, so the request that booked it does not tell the parents
/// what the visit no longer does. Only tightens; a lifted mark leaves them as they are.
enum VisitFacts {
    static func tighten(aroundVisit visitID: UUID, to label: Sensitivity, on db: any Database) async throws {
        let requests = try await SchedulingRequest.query(on: db).group(.or) { about in
            about.filter(\.$appointmentID == visitID).filter(\.$bookedAppointmentID == visitID)
        }.all()
        for request in requests where request.sensitivity.tier < label.tier {
            request.sensitivityValue = label.storageValue
            try await request.update(on: db)
        }
        for pass in try await VisitGuestPass.query(on: db).filter(\.$appointmentID == visitID).all()
        where pass.sensitivity.tier < label.tier {
            pass.sensitivityValue = label.storageValue
            try await pass.update(on: db)
        }
    }
}
