import Fluent
import Foundation
import PortalCore
import PortalFHIR

/// Appointments the portal itself books: a scheduler answering a request, or a family
/// taking one of the times a scheduler offered. They are stored like the EHR's, under a
/// key of the portal's own, with the request's label.
extension PatientRecord {
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

    public enum BookingRefusal: Error, Equatable {
        /// The department is gone, or the viewer may not book here.
        case notAllowed
    }

    /// Stores the booked visit, in the caller's transaction when the record is `using` one.
    /// The visit's label is the request's made at least as private as its department is
    /// now (a department marked confidential after the request keeps its visits from
    /// parents); only a scheduler, or a member who may see that label, books.
    public func book(_ booking: Booking) async throws -> UUID {
        guard let department = try await Department.find(booking.departmentID, on: db) else {
            throw BookingRefusal.notAllowed
        }
        let label = AppointmentLabel.of(source: booking.sensitivity, departmentLabel: department.label)
        switch access.level {
        case .staff(.scheduler): break
        case .staff: throw BookingRefusal.notAllowed
        default: guard access.access.canSee(label) else { throw BookingRefusal.notAllowed }
        }
        if let entered = try await enteredInTheEHR(booking) {
            // The scheduler entered the visit in the EHR first and its copy is already here:
            // it is the visit, and it takes the label it is booked under.
            entered.bookedSensitivity = label.storageValue
            entered.heldSensitivity = nil
            entered.heldForRequest = nil
            entered.keepBookedLabel()
            try await entered.update(on: db)
            return try entered.requireID()
        }
        let appointment = StoredAppointment()
        let id = UUID()
        appointment.id = id
        appointment.patientID = patientID
        appointment.sourceKey = "\(AppointmentRecord.portalBookingSystem)|\(id.uuidString.lowercased())"
        appointment.contentHash = ""
        appointment.sensitivityValue = label.storageValue
        appointment.sourceSensitivity = label.storageValue
        appointment.bookedSensitivity = label.storageValue
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

    /// The EHR's copy of the visit being booked: this patient's, in the department, at the
    /// same start, not booked by the portal already (held or not: a hold waits for a booking).
    private func enteredInTheEHR(_ booking: Booking) async throws -> StoredAppointment? {
        try await StoredAppointment.query(on: db).filter(\.$patientID == patientID)
            .filter(\.$department.$id == booking.departmentID).filter(\.$start == booking.start)
            .filter(\.$bookedSensitivity == nil).all()
            .first { $0.isActive && !($0.sourceKey ?? "").hasPrefix(AppointmentRecord.portalBookingSystem + "|") }
    }

    /// Ends the holds a waiting request put on visits that came from the EHR, once it is
    /// booked, declined or withdrawn, in the caller's transaction; only a scheduler or a
    /// member who may see the request's label.
    public func releaseHolds(forRequest requestID: UUID, label: Sensitivity) async throws {
        switch access.level {
        case .staff(.scheduler): break
        case .staff: return
        default: guard access.access.canSee(label) else { return }
        }
        for visit in try await StoredAppointment.query(on: db).filter(\.$patientID == patientID)
            .filter(\.$heldForRequest == requestID).all()
        {
            visit.releaseHold()
            try await visit.update(on: db)
        }
    }
}
