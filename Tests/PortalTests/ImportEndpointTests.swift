import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import Vapor

@testable import Portal
@testable import PortalRecord

@Suite("The EHR's import endpoint")
struct ImportEndpointTests {
    static let secret = "an-interface-engine-secret-of-40-characters"
    static let environment = ["FHIR_IMPORT_SECRET": secret]

    static func headers(token: String? = secret, contentType: String = "application/fhir+json") -> HTTPHeaders {
        var headers: HTTPHeaders = ["Content-Type": contentType]
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        return headers
    }

    @Test("A bundle posted with the secret is imported and summarized as an OperationOutcome")
    func imports() async throws {
        try await withTestApp(environment: Self.environment) { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let page = try await Browser(world).postData(
                Routes.fhirImport(), ClinicalBundles.bloodCount(for: patient, now: world.now).encoded(), headers: Self.headers())
            #expect(page.status == .ok)
            #expect(page.headers.first(name: .contentType)?.hasPrefix("application/fhir+json") == true)
            #expect(page.body.contains("\"resourceType\":\"OperationOutcome\""))
            #expect(page.body.contains("Observation: 2 created, 0 updated, 0 unchanged"))
            #expect(try await StoredLabResult.query(on: world.app.db).count() == 2)
            let event = try await AuditEvent.query(on: world.app.db).filter(\.$action == "record.imported").first()
            #expect(event?.actorKind == "system" && event?.patientID == patient.id!.uuidString.lowercased())
        }
    }

    @Test("A bad bundle is answered 422 with the entry and field as a FHIRPath expression, and nothing is written")
    func refusesBadBundle() async throws {
        try await withTestApp(environment: Self.environment) { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            var bundle = ClinicalBundles.bloodCount(for: patient, now: world.now)
            bundle["entry"]?[2]?["resource"]?["valueQuantity"]?["value"] = "7,2"
            let page = try await Browser(world).postData(Routes.fhirImport(), bundle.encoded(), headers: Self.headers())
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Bundle.entry[2].resource.valueQuantity.value"))
            #expect(page.body.contains("expected a number, found text"))
            #expect(try await StoredLabResult.query(on: world.app.db).count() == 0)
        }
    }

    @Test(
        "Labels in any spelling the HL7 systems have had hide the report from a teen's parent; an unreadable one refuses the bundle"
    )
    func labelSpellings() async throws {
        try await withTestApp(environment: Self.environment) { world in
            let clinic = try await Clinic.make(world)
            func labelled(_ id: String, _ security: JSONValue) -> JSONValue {
                var bundle = ClinicalBundles.bloodCount(for: clinic.teen, id: id, now: world.now)
                bundle["entry"]?[3]?["resource"]?["meta"] = ["security": security]
                return bundle
            }
            let spellings: [(String, JSONValue)] = [
                (
                    "oid",
                    [
                        ["system": "urn:oid:2.16.840.1.113883.5.25", "code": "R"],
                        ["system": "urn:oid:2.16.840.1.113883.5.4", "code": "HIV"],
                    ]
                ),
                (
                    "old-address",
                    [
                        ["system": "http://hl7.org/fhir/v3/Confidentiality", "code": "R"],
                        ["system": "http://hl7.org/fhir/v3/ActCode", "code": "STD"],
                    ]
                ),
            ]
            for (id, security) in spellings {
                let page = try await Browser(world).postData(
                    Routes.fhirImport(), labelled("cbc-\(id)", security).encoded(), headers: Self.headers())
                #expect(page.status == .ok, "\(id)")
            }
            let reports = try await StoredLabReport.query(on: world.app.db).all()
            #expect(reports.count == 2 && reports.allSatisfy { $0.sensitivity.tier == .sensitive })
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            #expect(!(try await parent.get(Routes.patientResults(clinic.teen.ref))).body.contains("Complete blood count"))

            for (id, security) in [
                ("no-system", [["code": "R"]] as JSONValue),
                ("unknown-system", [["system": "http://example.org/our-labels", "code": "teen-only"]]),
            ] {
                let page = try await Browser(world).postData(
                    Routes.fhirImport(), labelled("cbc-\(id)", security).encoded(), headers: Self.headers())
                #expect(page.status == .unprocessableEntity, "\(id)")
                #expect(page.body.contains("Bundle.entry[3].resource.meta.security[0].system"), "\(id)")
            }
            #expect(try await StoredLabReport.query(on: world.app.db).count() == 2)
        }
    }

    @Test("Without the secret, with a wrong one, or when none is configured, nothing is imported")
    func authentication() async throws {
        try await withTestApp(environment: Self.environment) { world in
            let patient = try await Fixtures.patient(world, bornYearsAgo: 8)
            let body = ClinicalBundles.bloodCount(for: patient, now: world.now).encoded()
            let browser = Browser(world)
            #expect(
                try await browser.postData(Routes.fhirImport(), body, headers: Self.headers(token: nil)).status == .unauthorized)
            let wrong = try await browser.postData(Routes.fhirImport(), body, headers: Self.headers(token: "guess"))
            #expect(wrong.status == .unauthorized && wrong.headers.first(name: .wwwAuthenticate) == "Bearer")
            #expect(try await StoredLabResult.query(on: world.app.db).count() == 0)
        }
        try await withTestApp { world in
            let page = try await Browser(world).postData(Routes.fhirImport(), Data("{}".utf8), headers: Self.headers())
            #expect(page.status == .notFound)
        }
    }

    @Test("Only FHIR R4 JSON is accepted")
    func mediaTypes() async throws {
        try await withTestApp(environment: Self.environment) { world in
            let browser = Browser(world)
            let xml = try await browser.postData(
                Routes.fhirImport(), Data("<Bundle/>".utf8), headers: Self.headers(contentType: "application/fhir+xml"))
            #expect(xml.status == .unsupportedMediaType)
            let stu3 = try await browser.postData(
                Routes.fhirImport(), Data("{}".utf8), headers: Self.headers(contentType: "application/fhir+json; fhirVersion=3.0")
            )
            #expect(stu3.status == .unsupportedMediaType && stu3.body.contains("FHIR R4"))
            let notJSON = try await browser.postData(Routes.fhirImport(), Data("hello".utf8), headers: Self.headers())
            #expect(notJSON.status == .unprocessableEntity && notJSON.body.contains("is not JSON"))
        }
    }

    @Test("The import secret must be long enough to be a secret")
    func secretLength() {
        #expect(throws: ConfigError.self) {
            try PortalConfig.load(mode: .testing, environment: ["FHIR_IMPORT_SECRET": "short"])
        }
    }
}

@Suite("Telling families there is new information")
struct NewInformationNoticeTests {
    @Test("A new result tells each member who may see it, once, with no health information")
    func notifiesThoseWhoMaySee() async throws {
        try await withTestApp { world in
            let teen = try await Fixtures.patient(world, name: "Teen Rivera", bornYearsAgo: 14)
            let parent = try await Fixtures.member(world, email: "parent@example.org")
            let own = try await Fixtures.member(world, email: "teen@example.org", name: "Teen Rivera")
            try await Fixtures.grant(world, parent, teen)
            try await Fixtures.grant(world, own, teen, .`self`)

            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: teen, now: world.now))
            var messages = try await OutboxMessage.query(on: world.app.db).sort(\.$recipient).all()
            #expect(messages.map(\.recipient) == ["parent@example.org", "teen@example.org"])
            for message in messages {
                #expect(message.subject == "There is new information in your portal")
                #expect(!message.body(world).contains("Hemoglobin") && !message.body(world).contains("blood"))
            }
            // The parent's e-mail does not even name the child.
            #expect(messages[0].body(world).contains("Hello Pat Rivera") && !messages[0].body(world).contains("Teen"))

            // A second result the same day: no second e-mail.
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: teen, id: "cbc-2", now: world.now))
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 2)

            // The next day, a confidential result: only the teen hears of it.
            world.advance(86_400)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.confidentialResult(for: teen, now: world.now))
            messages = try await OutboxMessage.query(on: world.app.db).sort(\.$createdAt).all()
            #expect(messages.count == 3 && messages.last?.recipient == "teen@example.org")
        }
    }

    @Test("A member who chose a delay is told when the delay has passed")
    func respectsDelay() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, bornYearsAgo: 6)
            let parent = try await Fixtures.member(world)
            parent.resultDelayDays = 3
            try await parent.update(on: world.app.db)
            try await Fixtures.grant(world, parent, child)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: child, now: world.now))
            let message = try #require(try await OutboxMessage.query(on: world.app.db).first())
            #expect(message.nextAttemptAt == world.now.addingTimeInterval(3 * 86_400))
        }
    }

    @Test("Medications, allergies and immunizations are not news to e-mail about")
    func onlyResults() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, bornYearsAgo: 6)
            try await Fixtures.grant(world, try await Fixtures.member(world), child)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.immunizations(for: child))
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 0)
        }
    }
}
