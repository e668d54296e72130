import Fluent
import Foundation
import PortalCore

/// Appointments the portal itself books: a scheduler answering a request, or a family
/// taking one of the times a scheduler offered. They are stored like the EHR's, under a
/// key of the portal's own, with the request's label.
enum Bookings {
    static let sourceSystem = "urn:portal:appointment"

    struct Details: Sendable {
        var start: Date
        var minutes: Int
        var clinician: String?
        var isVideo: Bool
        var instruction: String?
    }

    /// Books it for the request in the caller's transaction and marks the request booked.
    static func book(
        _ details: Details, for request: SchedulingRequest, by staffID: UUID?, now: Date, on db: any Database
    ) async throws -> Appointment {
        let appointment = Appointment()
        let id = UUID()
        appointment.id = id
        appointment.patientID = request.$patient.id
        appointment.sourceKey = "\(sourceSystem)|\(id.uuidString.lowercased())"
        appointment.contentHash = ""
        appointment.sensitivityValue = request.sensitivityValue
        appointment.sourceSensitivity = request.sensitivityValue
        appointment.releasedAt = now
        appointment.$department.id = request.$department.id
        appointment.clinician = details.clinician
        appointment.start = details.start
        appointment.end = details.start.addingTimeInterval(Double(details.minutes) * 60)
        appointment.isVideo = details.isVideo
        appointment.patientInstruction = details.instruction
        appointment.status = "booked"
        appointment.videoRoom = details.isVideo ? RandomToken.make() : nil
        try await appointment.create(on: db)
        request.status = .booked
        request.$bookedAppointment.id = id
        request.answeredAt = now
        if let staffID { request.$answeredBy.id = staffID }
        try await request.update(on: db)
        return appointment
    }
}
