import Fluent
import Foundation
import PortalCore

/// Appointments the portal itself books: a scheduler answering a request, or a family
/// taking one of the times a scheduler offered. They are stored like the EHR's, under a
/// key of the portal's own, with the request's label.
extension PatientRecord {
    static let bookingSourceSystem = "urn:portal:appointment"

    public struct Booking: Sendable {
        public var departmentID: UUID
        /// The request's label, which the visit keeps.
        public var sensitivity: Sensitivity
        public var start: Date
        public var minutes: Int
        public var clinician: String?
        public var isVideo: Bool
        public var instruction: String?

        public init(
            departmentID: UUID, sensitivity: Sensitivity, start: Date, minutes: Int, clinician: String?, isVideo: Bool,
            instruction: String?
        ) {
            self.departmentID = departmentID
            self.sensitivity = sensitivity
            self.start = start
            self.minutes = minutes
            self.clinician = clinician
            self.isVideo = isVideo
            self.instruction = instruction
        }
    }

    /// Stores the booked visit, in the caller's transaction when the record is `using` one.
    public func book(_ booking: Booking) async throws -> UUID {
        let appointment = StoredAppointment()
        let id = UUID()
        appointment.id = id
        appointment.patientID = patientID
        appointment.sourceKey = "\(Self.bookingSourceSystem)|\(id.uuidString.lowercased())"
        appointment.contentHash = ""
        appointment.sensitivityValue = booking.sensitivity.storageValue
        appointment.sourceSensitivity = booking.sensitivity.storageValue
        appointment.releasedAt = now
        appointment.$department.id = booking.departmentID
        appointment.clinician = booking.clinician
        appointment.start = booking.start
        appointment.end = booking.start.addingTimeInterval(Double(booking.minutes) * 60)
        appointment.isVideo = booking.isVideo
        appointment.patientInstruction = booking.instruction
        appointment.status = "booked"
        appointment.videoRoom = booking.isVideo ? RandomToken.make() : nil
        try await appointment.create(on: db)
        return id
    }
}
