import Fluent
import Foundation
import PortalCore
import Testing

@testable import Portal

/// Files sent with messages: checked by content, sealed, served only to a thread's readers,
/// and a refused file never costs the sender the message they typed.
@Suite("Attachments to messages")
struct MessageAttachmentTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".utf8)

    static func file(_ name: String, _ bytes: [UInt8], type: String = "application/pdf") -> Browser.Upload {
        Browser.Upload(field: "attachments[]", filename: name, contentType: type, bytes: bytes)
    }

    static func fields(_ clinic: MessagingTests.Clinic, page: String, subject: String, body: String) throws -> [String: String] {
        [
            "to": clinic.team.id!.uuidString.lowercased(), "subject": subject, "body": body,
            "key": try #require(MessagingTests.key(in: page)),
        ]
    }

    @Test("A PDF and a photo are sealed at rest, listed with the message and served to its readers only")
    func sentAndServed() async throws {
        try await withTestApp { world in
            let clinic = try await MessagingTests.clinic(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.own.email)
            let compose = try await teen.get(Routes.patientCompose(clinic.teen.ref))
            #expect(compose.body.contains("enctype=\"multipart/form-data\"") && compose.body.contains("name=\"attachments[]\""))
            let sent = try await teen.postMultipart(
                Routes.patientMessages(clinic.teen.ref),
                try Self.fields(clinic, page: compose.body, subject: "Rash photo", body: "See attached."),
                files: [
                    Self.file("../../rash note.pdf", Self.pdf),
                    Self.file("rash.jpg", SampleFiles.photoWithLocation, type: "image/jpeg"),
                ])
            #expect(sent.status == .seeOther)
            let thread = try await MessagingTests.thread(world, subject: "Rash photo")
            let attachments = try await MessageAttachment.query(on: world.app.db).with(\.$document).all()
            #expect(attachments.map(\.fileName).sorted() == ["rash note.pdf", "rash.jpg"])
            for attachment in attachments {
                #expect(attachment.document.purpose == "message_attachment")
                #expect(!attachment.document.sealed.starts(with: Data("%PDF".utf8)))
            }
            let page = try await teen.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            #expect(page.body.contains("rash note.pdf (1 KB)"))
            let pdfAttachment = try #require(attachments.first { $0.fileName == "rash note.pdf" })
            let link = Routes.patientThreadAttachment(clinic.teen.ref, thread.ref, pdfAttachment.ref)
            let download = try await teen.get(link)
            #expect(download.status == .ok && download.headers.contentType?.description == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition) == "attachment; filename=\"attachment.pdf\"")
            #expect(Array(download.body.utf8) == Self.pdf)

            // The parent may not open the teen's file, even knowing its address; the attempt is audited.
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            #expect(try await parent.get(link).status == .notFound)
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "attachment.view").filter(\.$outcome == "denied")
                    .count() == 1)
            // Nor may one thread's address serve another thread's file.
            let other = MessageThread(
                patientID: clinic.teen.id!, careTeamID: clinic.team.id!, subject: "Other", audience: .patient,
                startedBy: clinic.own.id!, at: world.now)
            try await other.create(on: world.app.db)
            #expect(
                try await teen.get(Routes.patientThreadAttachment(clinic.teen.ref, other.ref, pdfAttachment.ref)).status
                    == .notFound)
        }
    }

    @Test("A file that is not what it claims, too big, or one too many is refused by name and the message is kept")
    func refusedFiles() async throws {
        try await withTestApp { world in
            let clinic = try await MessagingTests.clinic(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let cases: [([Browser.Upload], String)] = [
                (
                    [Self.file("photo.jpg", SampleFiles.renamedExecutable, type: "image/jpeg")],
                    "photo.jpg is not a JPEG, PNG or HEIC photo"
                ),
                (
                    [Self.file("scan.pdf", Self.pdf + [UInt8](repeating: 0x20, count: 10 * 1024 * 1024))],
                    "scan.pdf is larger than 10 MB"
                ),
                ((1...4).map { Self.file("page\($0).pdf", Self.pdf) }, "Attach at most 3 files"),
                ([Self.file("empty.pdf", [])], "empty.pdf is empty"),
            ]
            for (files, problem) in cases {
                let compose = try await parent.get(Routes.patientCompose(clinic.teen.ref))
                let refused = try await parent.postMultipart(
                    Routes.patientMessages(clinic.teen.ref),
                    try Self.fields(clinic, page: compose.body, subject: "Typed subject", body: "Typed with care"), files: files)
                #expect(refused.status == .unprocessableEntity, "\(problem)")
                #expect(refused.body.contains(problem) && refused.body.contains("Typed with care"), "\(problem)")
                #expect(refused.body.contains("value=\"Typed subject\""))
            }
            #expect(try await MessageThread.query(on: world.app.db).count() == 0)
            #expect(try await StoredDocument.query(on: world.app.db).count() == 0)

            // A reply's refused file keeps the reply too.
            try await MessagingTests.start(parent, clinic, subject: "Question", body: "First")
            let thread = try await MessagingTests.thread(world, subject: "Question")
            let page = try await parent.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            let refused = try await parent.postMultipart(
                Routes.patientThreadReplies(clinic.teen.ref, thread.ref),
                ["body": "My typed reply", "key": try #require(MessagingTests.key(in: page.body))],
                files: [Self.file("x.png", SampleFiles.renamedExecutable, type: "image/png")])
            #expect(refused.status == .unprocessableEntity && refused.body.contains("My typed reply"))
            #expect(refused.body.contains("x.png is not a JPEG"))
            #expect(try await ThreadMessage.query(on: world.app.db).count() == 1)
        }
    }
}
