import Fluent
import Foundation
import PortalCore

/// The e-mails about an enrollment, in the applicant's language. They say only that a portal
/// request arrived or was updated: no patient name, nothing about the record.
enum EnrollmentEmails {
    static func queueReceived(_ request: EnrollmentRequest, config: PortalConfig, now: Date, on db: any Database) async throws {
        let language = request.language
        try await Outbox.enqueue(
            to: request.applicantEmail,
            subject: Strings.mail.enrollmentReceivedSubject(language),
            body: Strings.mail.enrollmentReceived(config)(language),
            dedupeKey: "enrollment.received:\(request.id!.uuidString.lowercased())", now: now, config: config, on: db)
    }

    static func queueRejected(_ request: EnrollmentRequest, config: PortalConfig, now: Date, on db: any Database) async throws {
        let language = request.language
        let reason = EnrollmentRequest.RejectionReason(rawValue: request.rejectionReason ?? "") ?? .other
        let explanation = Strings.enrollmentQueue.reasonForApplicant(reason)(language)
        try await Outbox.enqueue(
            to: request.applicantEmail,
            subject: Strings.mail.enrollmentDecidedSubject(language),
            body: Strings.mail.enrollmentRejected(explanation, config)(language),
            dedupeKey: "enrollment.decided:\(request.id!.uuidString.lowercased())", now: now, config: config, on: db)
    }
}
