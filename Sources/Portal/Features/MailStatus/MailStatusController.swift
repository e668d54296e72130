import Fluent
import Foundation
import PortalCore
import Vapor

/// For administrators: e-mail that could not be delivered or is still being retried, and
/// a way to send a failed one again once the cause is fixed. Bodies are never shown; the
/// subject and address are enough to find the person.
struct MailStatusController: RouteCollection {

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffMail) { req in try await page(req) }
        routes.on(Routes.staffMailRetry) { req in try await retry(req) }
    }

    func page(_ req: Request) async throws -> Response {
        let troubled = try await OutboxMessage.query(on: req.db)
            .group(.or) {
                $0.filter(\.$status == OutboxMessage.Status.failed.rawValue)
                    .group(.and) { $0.filter(\.$status == OutboxMessage.Status.pending.rawValue).filter(\.$attempts > 0) }
            }
            .sort(\.$createdAt, .descending).limit(200).all()
        let waiting = try await OutboxMessage.query(on: req.db).filter(\.$status == OutboxMessage.Status.pending.rawValue)
            .count()
        let zone = req.hospitalTimeZone
        let rows = troubled.map { message in
            MailStatusPage.Row(
                id: message.id!, recipient: message.recipient, subject: message.subject,
                queued: message.createdAt.map { DateText.dateTime($0, in: zone, language: req.language) } ?? "",
                attempts: message.attempts, lastError: message.lastError ?? "",
                failed: message.status == OutboxMessage.Status.failed.rawValue,
                nextAttempt: DateText.dateTime(message.nextAttemptAt, in: zone, language: req.language))
        }
        let notice = (try? req.query.get(String.self, at: "done")) == "retry" ? Strings.mailStatus.requeued : nil
        let model = MailStatusPage.Model(rows: rows, waiting: waiting, notice: notice)
        return MailStatusPage.render(model, context: try await req.pageContext()).response()
    }

    func retry(_ req: Request) async throws -> Response {
        guard let id = req.id(of: OutboxMessage.self),
            let message = try await OutboxMessage.query(on: req.db).filter(\.$id == id)
                .filter(\.$status == OutboxMessage.Status.failed.rawValue).first()
        else { throw PortalError.notFound }
        message.status = OutboxMessage.Status.pending.rawValue
        message.attempts = 0
        message.nextAttemptAt = req.now
        try await message.save(on: req.db)
        return .redirect(to: Routes.staffMail() + "?done=retry")
    }
}
