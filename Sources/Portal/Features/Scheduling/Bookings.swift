import Fluent
import Foundation
import PortalCore
import PortalRecord

/// Appointments the portal itself books: a scheduler answering a request, or a family
/// taking one of the times a scheduler offered. The visit keeps the request's label.
enum Bookings {
    struct Details: Sendable {
        var start: Date
        var minutes: Int
        var clinician: String?
        var isVideo: Bool
        var instruction: String?
    }

    /// Books it for the request in the caller's transaction (the record is `using` it) and
    /// marks the request booked; returns the new appointment's id.
    static func book(
        _ details: Details, for request: SchedulingRequest, by staffID: UUID?, in record: PatientRecord,
        on db: any Database
    ) async throws -> UUID {
        let id: UUID
        do {
            id = try await record.book(
                PatientRecord.Booking(
                    departmentID: request.$department.id, sensitivity: Sensitivity(storageValue: request.sensitivityValue),
                    start: details.start, minutes: details.minutes, clinician: details.clinician, isVideo: details.isVideo,
                    instruction: details.instruction))
        } catch PatientRecord.BookingRefusal.notAllowed {
            // The caller's transaction rolls back: the request stays as it was.
            throw PortalError.forbidden
        }
        // A visit the EHR sent while the request waited, held for it and not the one booked,
        // shows under its own label again.
        try await record.releaseHolds(forRequest: request.requireID(), label: request.sensitivity)
        request.status = .booked
        request.bookedAppointmentID = id
        request.answeredAt = record.now
        if let staffID { request.$answeredBy.id = staffID }
        try await request.update(on: db)
        return id
    }
}
