import Vapor

/// Development only: the e-mail the portal would have sent, read from the mail directory,
/// so an invitation can be followed from enrollment to activation without a mail server.
/// Never registered in production, where the configuration refuses a mail directory.
struct DevMailboxController: RouteCollection {
    let directory: MailDirectory

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.devMailbox) { req in
            let base = req.portal.config.publicURL.absoluteString
            let messages = directory.messages().map { mail in
                DevMailboxPage.Message(
                    to: mail.to, subject: mail.subject, date: mail.date, body: mail.body,
                    links: mail.links(startingWith: base).map { String($0.dropFirst(base.count)) })
            }
            return DevMailboxPage.render(messages, context: req.pageContextWithoutRecords()).response()
        }
    }
}
