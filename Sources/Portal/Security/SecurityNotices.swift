import Fluent
import Foundation
import PortalCore
import Vapor

/// Tells an account's owner of a change to how it signs in, in the change's own transaction.
enum SecurityNotices {
    static func tell(
        _ email: String, _ language: Language, _ change: SecurityChange, _ req: Request, on db: any Database
    ) async throws {
        let config = req.portal.config
        try await Outbox.enqueue(
            to: email, subject: Strings.mail.securityChangeSubject(language),
            body: Strings.mail.securityChange(change, config)(language), now: req.now, config: config, on: db)
    }
}
