import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PortalCore

/// How the portal reaches its mail relay.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable { case none, starttls, tls }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// The sender address on every message.
    public var from: String
    /// A PEM file of certificate authorities to trust instead of the system's, for a relay
    /// with a certificate from the hospital's own authority.
    public var trustedCertificates: String? = nil
}

/// Sends one message per connection over SMTP (RFC 5321), with STARTTLS or implicit TLS
/// and AUTH PLAIN when configured. Every step has a deadline; any refusal is an error
/// that names the step and the server's code, never the message's content.
struct SMTPClient: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let step: String
        let code: Int?
        /// 4xx replies and network trouble are worth retrying; 5xx are not.
        var isPermanent: Bool { (code ?? 0) >= 500 }
        var description: String { "SMTP \(step) failed" + (code.map { " with \($0)" } ?? "") }
    }

    let settings: SMTPSettings
    let group: any EventLoopGroup
    var timeout: TimeAmount = .seconds(30)

    func send(_ message: MailMessage) async throws {
        guard MailMessage.isSafeAddress(message.to), MailMessage.isSafeAddress(settings.from) else {
            throw Failure(step: "address check", code: 550)
        }
        let tls = try makeTLSContext()
        let host = settings.host
        let implicitTLS = settings.security == .tls
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .connect(host: host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS, let tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await withDeadline {
            try await channel.executeThenClose { inbound, outbound in
                var conversation = Conversation(lines: inbound.makeAsyncIterator(), outbound: outbound)
                try await conversation.expect(220, step: "greeting")
                var features = try await conversation.command("EHLO \(heloName)", expect: 250, step: "EHLO")
                if settings.security == .starttls {
                    guard features.lines.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }), let tls else {
                        throw Failure(step: "STARTTLS offer", code: nil)
                    }
                    try await conversation.command("STARTTLS", expect: 220, step: "STARTTLS")
                    try await channel.channel.pipeline.addHandler(
                        NIOSSLClientHandler(context: tls, serverHostname: host), position: .first
                    ).get()
                    features = try await conversation.command("EHLO \(heloName)", expect: 250, step: "EHLO after STARTTLS")
                }
                if let username = settings.username, let password = settings.password {
                    let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                    try await conversation.command("AUTH PLAIN \(token)", expect: 235, step: "AUTH")
                }
                try await conversation.command("MAIL FROM:<\(settings.from)>", expect: 250, step: "MAIL FROM")
                try await conversation.command("RCPT TO:<\(message.to)>", expect: 250, step: "RCPT TO")
                try await conversation.command("DATA", expect: 354, step: "DATA")
                let data = MailMessage.dotStuffed(message.rendered())
                try await conversation.command(data + ".", expect: 250, step: "message")
                _ = try? await conversation.command("QUIT", expect: 221, step: "QUIT")
            }
        }
    }

    private var heloName: String { settings.from.split(separator: "@").last.map(String.init) ?? "localhost" }

    private func makeTLSContext() throws -> NIOSSLContext? {
        guard settings.security != .none else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        if let file = settings.trustedCertificates { configuration.trustRoots = .file(file) }
        return try NIOSSLContext(configuration: configuration)
    }

    private func withDeadline(_ work: @escaping @Sendable () async throws -> Void) async throws {
        let limit = timeout
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(limit.nanoseconds) * 2)
                throw Failure(step: "deadline", code: nil)
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Replies in order; each command waits for its reply.
    private struct Conversation {
        var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        var parser = SMTPReply.Parser()

        mutating func expect(_ code: Int, step: String) async throws {
            _ = try await reply(expecting: code, step: step)
        }

        @discardableResult
        mutating func command(_ text: String, expect code: Int, step: String) async throws -> SMTPReply {
            try await outbound.write(ByteBuffer(string: text + "\r\n"))
            return try await reply(expecting: code, step: step)
        }

        private mutating func reply(expecting code: Int, step: String) async throws -> SMTPReply {
            while let line = try await lines.next() {
                let parsed: SMTPReply?
                do { parsed = try parser.feed(line) } catch { throw Failure(step: step, code: nil) }
                guard let reply = parsed else { continue }
                guard reply.code == code else { throw Failure(step: step, code: reply.code) }
                return reply
            }
            throw Failure(step: step, code: nil)
        }
    }
}

/// Splits the server's bytes into lines without their CRLF.
private struct LineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            // A reply line is at most 512 bytes (RFC 5321); anything longer is not SMTP.
            if buffer.readableBytes > 4096 { throw SMTPClient.Failure(step: "reading a reply", code: nil) }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}
