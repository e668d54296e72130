import NIOCore
import PortalCore

/// Where the outbox hands a message: the SMTP relay, or in development a directory.
protocol MailSender: Sendable {
    var from: String { get }
    func send(_ message: MailMessage) async throws
}

extension SMTPClient: MailSender {
    var from: String { settings.from }
}

extension PortalConfig {
    /// The configured way out for e-mail, or nil when there is none and mail waits in the outbox.
    func mailSender(group: any EventLoopGroup) -> (any MailSender)? {
        if let smtp { return SMTPClient(settings: smtp, group: group) }
        if let mailDirectory { return MailDirectory(path: mailDirectory, from: "portal@\(publicURL.host ?? "localhost")") }
        return nil
    }
}
