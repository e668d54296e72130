import Fluent
import Foundation
import PortalCore
import PortalRecord

/// Tells the member who made a request (an appointment, a cancellation, a renewal) that
/// staff answered it: an e-mail with no department, child, medicine, time or reason in it,
/// because a department's or a medicine's name alone can say what a child is treated for.
/// It goes only while the member may still see the request.
enum RequestNotices {
    enum Kind: String, Sendable {
        case scheduling
        case renewal
    }

    /// The request a queued notice tells about, asked again by its label when the notice is
    /// due. Written `scheduling_request:uuid` among the notice's items.
    struct Reference: Sendable, Hashable {
        let kind: Kind
        let id: UUID

        init(_ kind: Kind, _ id: UUID) {
            self.kind = kind
            self.id = id
        }

        init?(text: String) {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0].hasSuffix("_request"),
                let kind = Kind(rawValue: String(parts[0].dropLast("_request".count))), let id = UUID(uuidString: parts[1])
            else { return nil }
            self.init(kind, id)
        }

        var text: String { "\(kind.rawValue)_request:\(id.uuidString.lowercased())" }

        /// The request's label now, and the record item it is about; nil when it is gone.
        func current(on db: any Database) async throws -> (label: Sensitivity, item: RecordItemReference?)? {
            switch kind {
            case .scheduling:
                guard let request = try await SchedulingRequest.find(id, on: db) else { return nil }
                let visit = request.appointmentID ?? request.bookedAppointmentID
                return (request.sensitivity, visit.map { RecordItemReference(.appointment, $0) })
            case .renewal:
                guard let request = try await RenewalRequest.find(id, on: db) else { return nil }
                return (request.sensitivity, RecordItemReference(.medication, request.medicationID))
            }
        }
    }

    /// Queues the notice in the caller's transaction; false when the member may no longer see it.
    @discardableResult
    static func queue(
        _ kind: Kind, requestID: UUID, patientID: UUID, memberID: UUID, sensitivity: Sensitivity, db: any Database,
        config: PortalConfig, now: Date
    ) async throws -> Bool {
        guard
            let asker = try await AccessHolder.one(
                memberID, ofPatient: patientID, on: db, at: now, in: config.hospitalTimeZone),
            asker.access.canSee(sensitivity)
        else { return false }
        let language = asker.language
        return try await Outbox.enqueue(
            to: asker.email, subject: Strings.mail.requestAnsweredSubject(kind)(language),
            body: body(kind, name: asker.name, config: config)(language),
            about: Outbox.About(
                memberID: memberID, patientID: patientID, sensitivity: sensitivity, request: Reference(kind, requestID)),
            dedupeKey: "\(kind.rawValue)-notice:\(requestID.uuidString):\(now.timeIntervalSince1970)", now: now, config: config,
            on: db)
    }

    static func body(_ kind: Kind, name: String, config: PortalConfig) -> LocalizedText {
        Strings.mail.requestAnswered(kind, name, config)
    }
}
