import Fluent
import Foundation
import PortalCore
import PortalFHIR

extension ImportWriter {
    /// A scheduler who books a visit in the portal enters it in the EHR too, and the EHR
    /// sends it back under its own identifier: with the portal's identifier among its own,
    /// or else at the same patient, department and start. Either way it is the same visit:
    /// the booking takes the EHR's key, so the family sees one visit, the EHR's later
    /// versions (moved, cancelled) update it, and it keeps the label it was booked under
    /// (`keepBookedLabel`).
    func adoptBookings(_ appointments: [AppointmentRecord], departments: [String: Department]) async throws {
        let bookingPrefix = AppointmentRecord.portalBookingSystem + "|"
        let fromEHR = appointments.filter { !$0.header.sourceKey.hasPrefix(bookingPrefix) }
        let patientIDs = Array(Set(fromEHR.compactMap { patients[$0.header.recordNumber] }))
        guard !patientIDs.isEmpty else { return }
        var bookings: [StoredAppointment] = []
        for slice in patientIDs.batches() {
            bookings += try await StoredAppointment.query(on: db)
                .filter(\.$patientID ~~ slice)
                .filter(\.$sourceKey =~ bookingPrefix)
                .all()
        }
        guard !bookings.isEmpty else { return }
        var matches: [(booking: StoredAppointment, key: String)] = []
        for record in fromEHR {
            guard let patientID = patients[record.header.recordNumber] else { continue }
            let departmentID = departments[record.departmentKey]?.id
            let named = record.bookingKey.flatMap { key in
                bookings.firstIndex { $0.patientID == patientID && $0.sourceKey == key }
            }
            let sameSlot = bookings.firstIndex {
                $0.patientID == patientID && $0.$department.id == departmentID && $0.start == record.start
            }
            guard let index = named ?? sameSlot else { continue }
            matches.append((bookings.remove(at: index), record.header.sourceKey))
        }
        guard !matches.isEmpty else { return }
        let alreadyStored = Dictionary(
            try await StoredAppointment.query(on: db).filter(\.$sourceKey ~~ matches.map(\.key)).all().map {
                ($0.sourceKey ?? "", $0)
            }
        ) { first, _ in first }
        for (booking, key) in matches {
            guard let stored = alreadyStored[key] else {
                booking.sourceKey = key
                try await booking.update(on: db)
                continue
            }
            // The EHR's copy came earlier, elsewhere in time, and has now been moved to the
            // booking: both stay, and the copy is at least as private as the booking.
            let label = Sensitivity(storageValue: booking.bookedSensitivity ?? booking.sensitivityValue)
            stored.bookedSensitivity =
                label.strictest(Sensitivity(storageValue: stored.bookedSensitivity ?? "normal"))
                .storageValue
            stored.keepBookedLabel()
            try await stored.update(on: db)
        }
    }
}

extension StoredAppointment {
    /// The EHR's label for a visit the portal booked may tighten the booking's, never loosen
    /// it: a teen's private visit stays private when the EHR's copy carries no label. A hold
    /// for a waiting request applies over both while it lasts.
    func keepBookedLabel() {
        if let booked = bookedSensitivity {
            sourceSensitivity = Sensitivity(storageValue: booked).strictest(ownLabel).storageValue
        }
        sensitivityValue = labelInForce(over: unmarkedLabel).storageValue
    }

    /// The label before a clinician's mark: the EHR's (with the booking's), and a hold's.
    var unmarkedLabel: Sensitivity {
        heldSensitivity.map { ownLabel.strictest(Sensitivity(storageValue: $0)) } ?? ownLabel
    }

    /// Ends a hold: the visit shows under its own label (and mark) again.
    func releaseHold() {
        heldSensitivity = nil
        heldForRequest = nil
        sensitivityValue = labelInForce(over: ownLabel).storageValue
    }
}
