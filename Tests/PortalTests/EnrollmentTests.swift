import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("Enrollment: asking for an account")
struct EnrollmentTests {
    static func fields(
        applicant: String = "parent", patient: String = "Sofia Rivera", born: String, email: String = "ana@example.org",
        identification: String = "drivers_license"
    ) -> [String: String] {
        [
            "applicant": applicant, "patient_name": patient, "patient_birth_date": born, "patient_zip": "60614",
            "patient_record_number": "", "applicant_name": "Ana Rivera", "applicant_email": email,
            "applicant_phone": "(312) 555-0100", "identification_type": identification,
        ]
    }

    static func photo(_ bytes: [UInt8] = SampleFiles.photoWithLocation, name: String = "id.jpg") -> Browser.Upload {
        Browser.Upload(field: "document", filename: name, contentType: "image/jpeg", bytes: bytes)
    }

    /// Opens the form and sends it, with the form's own submission key.
    static func apply(_ browser: Browser, _ fields: [String: String], files: [Browser.Upload] = [photo()]) async throws
        -> Browser.Page
    {
        let form = try await browser.get(Routes.enroll())
        let key = try #require(form.body.firstMatch(of: /name="submission_key" value="([^"]+)"/)?.output.1)
        return try await browser.postMultipart(
            Routes.enroll(), fields.merging(["submission_key": String(key)]) { mine, _ in mine }, files: files)
    }

    @Test("A parent applies with an ID photo: one pending request, the photo sealed without its location, a neutral e-mail")
    func parentApplies() async throws {
        try await withTestApp { world in
            let visitor = Browser(world)
            let sent = try await Self.apply(visitor, Self.fields(born: "2019-05-02"))
            #expect(sent.status == .seeOther && sent.location == Routes.enrollReceived())
            let received = try await visitor.get(Routes.enrollReceived())
            #expect(received.body.contains("up to 2 business days"))

            let request = try #require(try await EnrollmentRequest.query(on: world.app.db).first())
            #expect(request.status == "pending" && request.applicantKind == "parent" && request.patientZIP == "60614")
            let stored = try #require(try await request.$identityDocument.get(on: world.app.db))
            #expect(stored.purpose == "identity_document" && stored.keyID == "dev")
            #expect(!String(decoding: stored.sealed, as: UTF8.self).contains("JFIF"), "sealed, not plain")
            let opened = try world.app.portal.documents.open(stored)
            #expect(opened.starts(with: [0xFF, 0xD8]) && !String(decoding: opened, as: UTF8.self).contains("GPSLatitude"))

            let mail = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(mail.recipient == "ana@example.org" && mail.subject == "We received your portal request")
            #expect(mail.body(world).contains("2 business days") && !mail.body(world).contains("Sofia"))
            let audit = try #require(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "enrollment.requested").first())
            #expect(audit.subject == "enrollment_request:\(request.id!.uuidString.lowercased())" && audit.patientID == nil)
        }
    }

    @Test("The form and its e-mail speak Spanish to a Spanish-speaking applicant")
    func spanish() async throws {
        try await withTestApp { world in
            let visitor = Browser(world)
            visitor.setCookie(Request.languageCookie, "es")
            let form = try await visitor.get(Routes.enroll())
            #expect(form.body.contains("Pida una cuenta del portal") && form.body.contains("Licencia de conducir"))
            _ = try await Self.apply(visitor, Self.fields(born: "2019-05-02"))
            let mail = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(mail.subject == "Recibimos su solicitud del portal" && mail.body(world).contains("2 días hábiles"))
        }
    }

    @Test("Age rules at the birthdays: a child cannot apply for themselves; a parent of an 18-year-old is told to contact HIM")
    func ageRules() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let visitor = Browser(world)
            let eleven = today.adding(years: -12).adding(days: 1).iso
            let tooYoung = try await Self.apply(visitor, Self.fields(applicant: "patient", born: eleven))
            #expect(tooYoung.status == .badRequest && tooYoung.body.contains("under 12 cannot have an account of their own"))
            let eighteen = today.adding(years: -18).iso
            let parentOfAdult = try await Self.apply(visitor, Self.fields(born: eighteen))
            #expect(parentOfAdult.status == .badRequest && parentOfAdult.body.contains("special circumstance"))
            #expect(parentOfAdult.body.contains("contact Health Information Management"))
            let seventeen = today.adding(years: -18).adding(days: 1).iso
            #expect(try await Self.apply(visitor, Self.fields(born: seventeen)).status == .seeOther)
            let twelve = today.adding(years: -12).iso
            #expect(
                try await Self.apply(
                    visitor,
                    Self.fields(
                        applicant: "patient", born: twelve, email: "teen@example.org",
                        identification: "organization_photo_id")
                ).status == .seeOther, "a 12-year-old's school ID is accepted")
            #expect(try await EnrollmentRequest.query(on: world.app.db).count() == 2)
        }
    }

    @Test("Only a 12-17-year-old applying for themselves may send the wider list of identification")
    func identificationRules() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let visitor = Browser(world)
            let parentWithSchoolID = try await Self.apply(
                visitor, Self.fields(born: today.adding(years: -15).iso, identification: "organization_photo_id"))
            #expect(parentWithSchoolID.status == .badRequest && parentWithSchoolID.body.contains("government-issued photo ID"))
            let adultWithBirthCertificate = try await Self.apply(
                visitor,
                Self.fields(applicant: "patient", born: today.adding(years: -18).iso, identification: "birth_certificate"))
            #expect(adultWithBirthCertificate.status == .badRequest)
            #expect(try await EnrollmentRequest.query(on: world.app.db).count() == 0)
        }
    }

    @Test("Bad input is answered beside each field with a 400, and nothing is saved")
    func badInput() async throws {
        try await withTestApp { world in
            let visitor = Browser(world)
            let empty = try await Self.apply(visitor, [:], files: [])
            #expect(empty.status == .badRequest)
            for message in [
                "Choose who is applying.", "Enter the patient&#39;s legal name.", "Enter the date of birth as YYYY-MM-DD",
                "Enter a 5-digit ZIP code", "Enter your name.", "Enter an e-mail address", "Enter a phone number",
                "Choose the kind of identification", "Attach a photo or scan",
            ] {
                #expect(empty.body.contains(message), "\(message)")
            }
            var hostile = Self.fields(born: "2031-01-01")
            hostile["patient_name"] = "<script>alert(1)</script>"
            hostile["applicant_name"] = "Robert'); DROP TABLE patients;--"
            hostile["patient_zip"] = "6061"
            hostile["applicant_email"] = "ana@example.org\r\nBcc: x@y.z"
            hostile["patient_record_number"] = "' OR 1=1 --"
            let answered = try await Self.apply(
                visitor, hostile, files: [Self.photo(SampleFiles.renamedExecutable, name: "id.jpg")])
            #expect(answered.status == .badRequest)
            #expect(!answered.body.contains("<script>alert") && answered.body.contains("&lt;script&gt;"))
            for message in [
                "Use letters, spaces, hyphens and apostrophes only", "cannot be in the future", "5-digit ZIP code",
                "only letters, digits and hyphens", "is not a JPEG, PNG, HEIC or PDF", "choose it again",
            ] {
                #expect(answered.body.contains(message), "\(message)")
            }
            let old = try await Self.apply(
                visitor, Self.fields(born: "1890-01-01"), files: [Self.photo(SampleFiles.corruptPhoto)])
            #expect(old.body.contains("more than 120 years ago") && old.body.contains("could not be read"))
            let huge = try await Self.apply(
                visitor, Self.fields(born: "2019-05-02"),
                files: [Self.photo(SampleFiles.photoWithLocation + [UInt8](repeating: 0, count: 10 * 1024 * 1024))])
            #expect(huge.status == .badRequest && huge.body.contains("larger than 10 MB"))
            #expect(try await EnrollmentRequest.query(on: world.app.db).count() == 0)
            #expect(try await StoredDocument.query(on: world.app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 0)
        }
    }

    @Test("A double-clicked submit makes one request; an e-mail that has an account gets the same answer as any other")
    func doubleSubmitAndNeutralAnswer() async throws {
        try await withTestApp { world in
            _ = try await Fixtures.member(world, email: "enrolled@example.org")
            let visitor = Browser(world)
            let form = try await visitor.get(Routes.enroll())
            let key = String(try #require(form.body.firstMatch(of: /name="submission_key" value="([^"]+)"/)?.output.1))
            var fields = Self.fields(born: "2019-05-02", email: "enrolled@example.org")
            fields["submission_key"] = key
            let first = try await visitor.postMultipart(Routes.enroll(), fields, files: [Self.photo()])
            let second = try await visitor.postMultipart(Routes.enroll(), fields, files: [Self.photo()])
            #expect(first.status == .seeOther && second.status == .seeOther && first.location == second.location)
            #expect(try await EnrollmentRequest.query(on: world.app.db).count() == 1)
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 1)
            let stranger = try await Self.apply(visitor, Self.fields(born: "2019-05-02", email: "new@example.org"))
            #expect(stranger.location == first.location)
        }
    }

    @Test("Without a CSRF token the form changes nothing")
    func csrf() async throws {
        try await withTestApp { world in
            let visitor = Browser(world)
            _ = try await visitor.get(Routes.enroll())
            let refused = try await visitor.postMultipart(
                Routes.enroll(), Self.fields(born: "2019-05-02"), files: [Self.photo()], includeCSRF: false)
            #expect(refused.status == .forbidden)
            #expect(try await EnrollmentRequest.query(on: world.app.db).count() == 0)
        }
    }
}
