import Foundation
import PortalCore

/// Development's mail relay: each message becomes an `.eml` file, exactly as it would have
/// gone over SMTP, so a newcomer can follow an invitation with nothing installed. The
/// development mailbox page reads them back.
struct MailDirectory: MailSender {
    let path: String
    let from: String

    func send(_ message: MailMessage) async throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        // Sortable by time, unique by message id.
        let stamp = Int(message.date.timeIntervalSince1970 * 1000)
        let name = "\(stamp)-\(message.messageID.prefix(while: { $0 != "@" })).eml"
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try Data(message.rendered().utf8).write(to: url, options: [.atomic])
    }

    /// The messages on disk, newest first, at most `limit`.
    func messages(limit: Int = 50) -> [StoredMail] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted(by: >).prefix(limit).compactMap { name in
            let url = URL(fileURLWithPath: path).appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return StoredMail(rendered: text)
        }
    }
}

/// A rendered message read back: its headers and decoded text.
struct StoredMail: Sendable {
    var to = ""
    var subject = ""
    var date = ""
    var body = ""

    init?(rendered text: String) {
        let parts = text.components(separatedBy: "\r\n\r\n")
        guard parts.count >= 2 else { return nil }
        for line in parts[0].components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "to": to = pair[1]
            case "subject": subject = Self.decodeEncodedWords(pair[1])
            case "date": date = pair[1]
            default: break
            }
        }
        let encoded = parts[1...].joined(separator: "\r\n\r\n").replacingOccurrences(of: "\r\n", with: "")
        guard let data = Data(base64Encoded: encoded), let decoded = String(data: data, encoding: .utf8) else { return nil }
        body = decoded.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Reverses the one RFC 2047 form `MailMessage` writes: the whole subject as a single
    /// `=?UTF-8?B?...?=` word when it is not plain ASCII.
    private static func decodeEncodedWords(_ header: String) -> String {
        guard header.hasPrefix("=?UTF-8?B?"), header.hasSuffix("?="),
            let data = Data(base64Encoded: String(header.dropFirst(10).dropLast(2))),
            let text = String(data: data, encoding: .utf8)
        else { return header }
        return text
    }

    /// The portal links in the body, for the mailbox page to make clickable.
    func links(startingWith base: String) -> [String] {
        body.split(whereSeparator: \.isWhitespace).map(String.init).filter { $0.hasPrefix(base) }
    }
}
