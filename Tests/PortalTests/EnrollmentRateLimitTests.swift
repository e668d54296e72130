import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

/// The public sign-up stores a document and writes to any address: limited per client
/// address and per e-mail address, counted so that a burst cannot overrun either limit.
@Suite("Sign-up requests are limited per client and per e-mail address")
struct EnrollmentRateLimitTests {
    static let perEmail = RateLimit.enrollmentPerEmail.limit
    static let perClient = RateLimit.enrollmentPerClientAddress.limit

    static func apply(_ world: TestWorld, email: String) async throws -> Browser.Page {
        try await EnrollmentTests.apply(Browser(world), EnrollmentTests.fields(born: "2019-05-02", email: email))
    }

    @Test("Three requests a day for one e-mail address; the fourth waits, with a message beside the address")
    func perEmailAddress() async throws {
        try await withTestApp { world in
            for _ in 0..<Self.perEmail {
                #expect(try await Self.apply(world, email: "ana@example.org").status == .seeOther)
            }
            let refused = try await Self.apply(world, email: "ana@example.org")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.contains("Several requests have already been sent from here or for this e-mail address"))
            #expect(refused.body.contains("try again in 24 hours"))
            #expect(try await Self.apply(world, email: "luis@example.org").status == .seeOther, "another address may")
            #expect(try await EnrollmentRequest.query(on: world.app.db).count() == Self.perEmail + 1)
            #expect(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "ana@example.org").count() == Self.perEmail
            )
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "enrollment.requested")
                    .filter(\.$outcome == "throttled").count() == 1)

            world.advance(86_400)
            #expect(try await Self.apply(world, email: "ana@example.org").status == .seeOther, "a day later")
        }
    }

    @Test("Ten requests an hour from one client address, whatever the e-mail addresses")
    func perClientAddress() async throws {
        try await withTestApp { world in
            for number in 0..<Self.perClient {
                #expect(try await Self.apply(world, email: "parent\(number)@example.org").status == .seeOther)
            }
            let refused = try await Self.apply(world, email: "another@example.org")
            #expect(refused.status == .tooManyRequests && refused.body.contains("try again in 60 minutes"))
            world.advance(3600)
            #expect(try await Self.apply(world, email: "another@example.org").status == .seeOther)
        }
    }

    @Test("Fifty requests at once store at most the limits", arguments: [true, false])
    func simultaneous(sameEmail: Bool) async throws {
        try await withTestApp { world in
            var forms: [(Browser, [String: String])] = []
            for number in 0..<SimultaneousRequestTests.copies {
                let browser = Browser(world)
                let form = try await browser.get(Routes.enroll())
                let key = try #require(form.body.firstMatch(of: /name="submission_key" value="([^"]+)"/)?.output.1)
                var fields = EnrollmentTests.fields(
                    born: "2019-05-02", email: sameEmail ? "ana@example.org" : "p\(number)@example.org")
                fields["submission_key"] = String(key)
                forms.append((browser, fields))
            }
            let statuses = try await SimultaneousRequestTests.together(
                forms.map { browser, fields in
                    { try await browser.postMultipart(Routes.enroll(), fields, files: [EnrollmentTests.photo()]) }
                })
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .tooManyRequests })
            let stored = try await EnrollmentRequest.query(on: world.app.db).count()
            #expect(stored == statuses.filter { $0 == .seeOther }.count)
            #expect(stored <= (sameEmail ? Self.perEmail : Self.perClient))
            #expect(try await StoredDocument.query(on: world.app.db).count() == stored)
        }
    }
}
