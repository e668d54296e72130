import Foundation
import NIOCore
import NIOPosix

@testable import Portal

/// A real SMTP server for tests: PyPI's aiosmtpd from the project's `.venv`
/// (`scripts/python-env.sh` makes it), on 127.0.0.1, writing each message it accepts to a
/// Maildir that the test reads.
final class SMTPTestServer: @unchecked Sendable {
    static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let python = packageRoot.appending(path: ".venv/bin/python")

    /// Whether aiosmtpd can run here; suites that need it are skipped otherwise, with that reason.
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return false }
        let check = Process()
        check.executableURL = python
        check.arguments = ["-c", "import aiosmtpd"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }()

    let port: Int
    let maildir: URL
    private let process: Process

    private init(port: Int, maildir: URL, process: Process) {
        self.port = port
        self.maildir = maildir
        self.process = process
    }

    /// Below Linux's ephemeral range (32768-60999): a port there may be held by one of the
    /// suite's own outgoing connections (to PostgreSQL, say), and the server would not start.
    static func freePort() -> Int { Int.random(in: 20_000..<32_000) }

    /// TLS for the server: STARTTLS on the plain port, or SMTPS (TLS from the first byte).
    enum TLSMode { case starttls, implicit }

    /// A self-signed certificate for "localhost", made with openssl; the test trusts it.
    static func makeCertificate(in folder: URL) throws -> (certificate: String, key: String) {
        let certificate = folder.appending(path: "cert.pem").path, key = folder.appending(path: "key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(filePath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", certificate,
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        return (certificate, key)
    }

    /// Starts aiosmtpd; with `secondsPerMessage`, a relay that takes that long to accept each
    /// message (`scripts/slow_smtp_relay.py`).
    /// Without a port, a chosen one that turns out to be taken is replaced by another.
    static func start(
        port: Int? = nil, tls: (mode: TLSMode, certificate: String, key: String)? = nil,
        secondsPerMessage: Double? = nil
    ) async throws -> SMTPTestServer {
        for attempt in 1...3 {
            do {
                return try await start(once: port ?? freePort(), tls: tls, secondsPerMessage: secondsPerMessage)
            } catch StartFailure.exitedAtOnce where port == nil && attempt < 3 {
                continue
            }
        }
        throw StartFailure.exitedAtOnce
    }

    enum StartFailure: Error {
        /// The server exited before listening: most often, its port was taken.
        case exitedAtOnce
        case notListening
    }

    private static func start(
        once port: Int, tls: (mode: TLSMode, certificate: String, key: String)?, secondsPerMessage: Double?
    ) async throws -> SMTPTestServer {
        let maildir = FileManager.default.temporaryDirectory.appending(path: "portal-mail-\(UUID().uuidString)")
        for folder in ["tmp", "new", "cur"] {
            try FileManager.default.createDirectory(at: maildir.appending(path: folder), withIntermediateDirectories: true)
        }
        let process = Process()
        process.executableURL = python
        var arguments = ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)"]
        switch tls?.mode {
        case .starttls: arguments += ["--tlscert", tls!.certificate, "--tlskey", tls!.key]
        case .implicit: arguments += ["--smtpscert", tls!.certificate, "--smtpskey", tls!.key]
        case nil: break
        }
        if let secondsPerMessage {
            let scripts = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../../scripts").standardized
            process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONPATH": scripts.path]) { _, new in new }
            process.arguments = arguments + ["-c", "slow_smtp_relay.SlowMailbox", maildir.path, String(secondsPerMessage)]
        } else {
            process.arguments = arguments + ["-c", "aiosmtpd.handlers.Mailbox", maildir.path]
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = SMTPTestServer(port: port, maildir: maildir, process: process)
        // Python starts slowly on a busy two-core machine running the suite in parallel.
        for _ in 0..<300 where process.isRunning {
            if await isListening(port: port) { return server }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        let exited = !process.isRunning
        server.stop()
        throw exited ? StartFailure.exitedAtOnce : StartFailure.notListening
    }

    static func isListening(port: Int) async -> Bool {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(
                host: "127.0.0.1", port: port
            )
            .get()
            try await channel.close()
            return true
        } catch {
            return false
        }
    }

    /// Every message received so far, raw.
    func messages() throws -> [String] {
        let folder = maildir.appending(path: "new")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .map { try String(contentsOf: $0, encoding: .utf8) }
    }

    /// aiosmtpd ignores SIGTERM, and its Maildir holds nothing unread, so it is killed.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: maildir)
    }
}

/// A received message's headers and decoded text body.
struct ReceivedMail {
    let headers: [String: String]
    let body: String

    init(_ raw: String) {
        let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let parts = normalized.components(separatedBy: "\n\n")
        var headers: [String: String] = [:]
        for line in parts[0].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        let encoded = parts.dropFirst().joined(separator: "\n").replacingOccurrences(of: "\n", with: "")
        body = Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The subject, decoded from its RFC 2047 form when it has one.
    var subject: String {
        let raw = headers["subject"] ?? ""
        guard raw.hasPrefix("=?UTF-8?B?"), raw.hasSuffix("?=") else { return raw }
        let encoded = raw.dropFirst("=?UTF-8?B?".count).dropLast(2)
        return Data(base64Encoded: String(encoded)).map { String(decoding: $0, as: UTF8.self) } ?? raw
    }
}
