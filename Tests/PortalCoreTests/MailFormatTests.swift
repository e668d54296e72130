import Foundation
import Testing

@testable import PortalCore

@Suite("E-mail format and SMTP replies")
struct MailFormatTests {
    let message = MailMessage(
        from: "portal@example.org", to: "maria.garcia@example.org", subject: "Información nueva en su portal",
        body: "Hola.\n.Esta línea empieza con un punto.\n", messageID: "abc@portal.example.org",
        date: Date(timeIntervalSince1970: 1_795_543_200))

    @Test("Headers are ASCII, a Spanish subject is an encoded word, and the body round-trips through base64")
    func rendering() throws {
        let text = message.rendered()
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("Subject: =?UTF-8?B?SW5mb3JtYWNpw7NuIG51ZXZhIGVuIHN1IHBvcnRhbA==?=\r\n"))
        #expect(text.contains("Date: Tue, 24 Nov 2026 18:00:00 +0000\r\n"))
        #expect(text.contains("Message-ID: <abc@portal.example.org>\r\n"))
        let body = try #require(text.components(separatedBy: "\r\n\r\n").last)
        #expect(body.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        let decoded = Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")).map {
            String(decoding: $0, as: UTF8.self)
        }
        #expect(decoded == message.body)
    }

    @Test("A line that starts with a dot is doubled for DATA")
    func dotStuffing() {
        #expect(MailMessage.dotStuffed("a\r\n.b\r\n..c") == "a\r\n..b\r\n...c")
    }

    @Test("Addresses that could inject SMTP commands or headers are refused")
    func addresses() {
        #expect(MailMessage.isSafeAddress("maria.garcia@example.org"))
        for bad in [
            "maria@example.org>\r\nRCPT TO:<x@y.z", "a b@example.org", "noatsign.example.org", "@example.org", "x@localhost",
            "<x@y.z>",
        ] {
            #expect(!MailMessage.isSafeAddress(bad), "\(bad)")
        }
    }

    @Test("A masked address keeps its first letter and its domain")
    func masked() {
        #expect(MailMessage.masked("maria.garcia@example.org") == "m•••@example.org")
        #expect(MailMessage.masked("m@example.org") == "m•••@example.org")
        #expect(MailMessage.masked("no-at-sign") == "•••")
        #expect(MailMessage.masked("@example.org") == "•••")
    }

    @Test("Multi-line replies are joined; a malformed one is an error, not a crash")
    func replies() throws {
        var parser = SMTPReply.Parser()
        #expect(try parser.feed("250-mail.example.org") == nil)
        #expect(try parser.feed("250-STARTTLS") == nil)
        #expect(
            try parser.feed("250 SIZE 10240000")
                == SMTPReply(code: 250, lines: ["mail.example.org", "STARTTLS", "SIZE 10240000"]))
        #expect(try parser.feed("354 go ahead")?.isPositive == true)
        #expect(try parser.feed("550 no such user")?.isPositive == false)
        #expect(try parser.feed("220")?.code == 220)
        #expect(throws: SMTPReply.Parser.Failure.malformed) { try parser.feed("hello") }
        #expect(throws: SMTPReply.Parser.Failure.malformed) { try parser.feed("250x") }
        var mixed = SMTPReply.Parser()
        _ = try mixed.feed("250-a")
        #expect(throws: SMTPReply.Parser.Failure.malformed) { try mixed.feed("251 b") }
    }
}
