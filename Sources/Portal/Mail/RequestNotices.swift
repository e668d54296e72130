import Fluent
import Foundation
import PortalCore

/// Tells the member who made a request (an appointment, a cancellation, a renewal) that
/// staff answered it: an e-mail with no department, child, medicine, time or reason in it,
/// because a department's or a medicine's name alone can say what a child is treated for.
/// It goes only while the member may still see the request.
enum RequestNotices {
    enum Kind: String, Sendable {
        case scheduling
        case renewal
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
            about: Outbox.About(memberID: memberID, patientID: patientID, sensitivity: sensitivity),
            dedupeKey: "\(kind.rawValue)-notice:\(requestID.uuidString):\(now.timeIntervalSince1970)", now: now, on: db)
    }

    static func body(_ kind: Kind, name: String, config: PortalConfig) -> LocalizedText {
        Strings.mail.requestAnswered(kind, name, config)
    }
}
