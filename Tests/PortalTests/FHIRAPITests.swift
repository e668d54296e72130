import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import Vapor

@testable import Portal
@testable import PortalRecord

/// An app's side of the API: a token, and reads with it.
struct AppReader {
    let world: TestWorld
    var token: String
    let registered: AppLaunch.Registered
    let refreshToken: String?

    /// Connects a new app for `member` to `patient` with `scope`, through the real launch.
    static func connect(
        _ world: TestWorld, _ member: Member, to patient: Patient, scope: String = AppLaunch.allScopes,
        registered given: AppLaunch.Registered? = nil
    ) async throws -> AppReader {
        let browser = Browser(world)
        try await browser.signIn(email: member.email)
        let registered: AppLaunch.Registered
        if let given { registered = given } else { registered = try await AppLaunch.register(world) }
        let code = try await AppLaunch.code(
            browser, world, registered, patient: patient, verifier: AppLaunch.verifier, scope: scope)
        let tokens = try await AppLaunch.exchange(world, registered, code: code, verifier: AppLaunch.verifier)
        return AppReader(
            world: world, token: try #require(tokens.accessToken), registered: registered, refreshToken: tokens.refreshToken)
    }

    func get(_ path: String) async throws -> (status: HTTPStatus, json: [String: Any], page: Browser.Page) {
        let page = try await Browser(world).get(
            path.hasPrefix("/") ? path : "/fhir/r4/" + path, headers: ["Authorization": "Bearer \(token)"])
        let json = (try? JSONSerialization.jsonObject(with: Data(page.body.utf8))) as? [String: Any] ?? [:]
        return (page.status, json, page)
    }

    /// The resources of a search's page.
    func search(_ path: String) async throws -> [[String: Any]] {
        let answer = try await get(path)
        #expect(answer.status == .ok, "\(path): \(answer.page.body.prefix(300))")
        #expect(answer.json["resourceType"] as? String == "Bundle" && answer.json["type"] as? String == "searchset")
        return (answer.json["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
    }

    /// A fresh access token from the refresh token, as the app does after 15 minutes.
    mutating func refresh() async throws -> AppLaunch.TokenAnswer {
        let answer = try await AppLaunch.refresh(world, registered, try #require(refreshToken))
        if let access = answer.accessToken { token = access }
        return answer
    }
}

/// Everything a small record holds, through the import: two blood counts a month apart, a
/// medicine, an allergy, an immunization, a visit note and a visit.
enum SmallRecord {
    static func load(_ world: TestWorld, _ clinic: Clinic, for patient: Patient) async throws {
        let mrn = patient.medicalRecordNumber
        _ = try await ClinicalImportTests.run(
            world, ClinicalBundles.bloodCount(for: patient, id: "cbc-new-\(mrn)", now: world.now, daysAgo: 2))
        _ = try await ClinicalImportTests.run(
            world,
            ClinicalBundles.bloodCount(for: patient, id: "cbc-old-\(mrn)", hemoglobin: 12.5, now: world.now, daysAgo: 40))
        _ = try await ClinicalImportTests.run(world, ClinicalBundles.immunizations(for: patient))
        let written = world.now.addingTimeInterval(-86_400 * 3)
        _ = try await ClinicalImportTests.run(
            world,
            FHIRBuilder.bundle([
                FHIRBuilder.patient(recordNumber: mrn, name: patient.legalName, birthDate: patient.birthDate),
                FHIRBuilder.location(code: "PEDS", name: "PEDS"),
                FHIRBuilder.medication(
                    id: "med-\(mrn)", recordNumber: mrn, rxNorm: "308182", name: "Amoxicillin 400 mg/5 mL",
                    dose: (5, "mL"), instructions: "Twice a day for 10 days", prescriber: "Dr. Rivera",
                    started: LocalDate(world.now, in: world.config.hospitalTimeZone).adding(days: -3), refills: 0,
                    pharmacy: "Corner Pharmacy"),
                FHIRBuilder.allergy(
                    id: "alg-\(mrn)", recordNumber: mrn,
                    substance: FHIRBuilder.concept(CodeSystems.snomed, "91935009", "Peanut"), reactions: ["Hives", "Swelling"],
                    severity: "moderate", criticality: "high", recorded: LocalDate(iso: "2024-03-01")!),
                FHIRBuilder.document(
                    id: "doc-\(mrn)", recordNumber: mrn, loinc: "11506-3", typeName: "Progress note",
                    title: "Visit summary", author: "Dr. Rivera", written: written, encounter: nil,
                    content: Data("Drink plenty of fluids.".utf8)),
                FHIRBuilder.appointment(
                    id: "appt-\(mrn)", recordNumber: mrn, departmentCode: "PEDS", clinician: "Dr. Rivera",
                    start: world.now.addingTimeInterval(86_400 * 5), minutes: 30, visitType: "Well-child visit"),
            ]))
    }
}

@Suite("The FHIR API: what a connected app reads")
struct FHIRAPITests {
    @Test("A parent's app reads every type the API serves for the child it was given")
    func readsEveryType() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            try await SmallRecord.load(world, clinic, for: clinic.child)
            let app = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let child = clinic.child.id!.uuidString.lowercased()

            let patient = try await app.get("Patient/\(child)")
            #expect(patient.status == .ok && patient.json["resourceType"] as? String == "Patient")
            #expect(patient.page.headers.first(name: .contentType)?.hasPrefix("application/fhir+json") == true)
            #expect((patient.json["name"] as? [[String: Any]])?.first?["family"] as? String == "Lopez")
            let observations = try await app.search("Observation?patient=\(child)")
            #expect(observations.count == 4)
            #expect(observations.allSatisfy { ($0["subject"] as? [String: String])?["reference"] == "Patient/\(child)" })
            let reports = try await app.search("DiagnosticReport?patient=\(child)")
            #expect(reports.count == 2 && (reports.first?["result"] as? [Any])?.count == 2)
            #expect(try await app.search("MedicationRequest?patient=\(child)").count == 1)
            #expect(try await app.search("AllergyIntolerance?patient=\(child)").count == 1)
            #expect(try await app.search("Immunization?patient=\(child)").count == 1)
            let documents = try await app.search("DocumentReference?patient=\(child)")
            #expect(documents.count == 1)
            #expect(try await app.search("Appointment?patient=\(child)").count == 1)

            // Each search's first item reads on its own, and a document's content comes as it was sent.
            for (type, items) in [("Observation", observations), ("DiagnosticReport", reports), ("DocumentReference", documents)]
            {
                let id = try #require(items.first?["id"] as? String)
                let read = try await app.get("\(type)/\(id)")
                #expect(read.status == .ok && read.json["id"] as? String == id, "\(type)")
            }
            let attachment = try #require(
                ((documents[0]["content"] as? [[String: Any]])?.first?["attachment"] as? [String: Any])?["url"] as? String)
            let binary = try await app.get(String(attachment.dropFirst(world.config.publicBase.count)))
            #expect(binary.status == .ok && binary.page.body == "Drink plenty of fluids.")
            #expect(binary.page.headers.first(name: .contentDisposition) == "attachment")

            let audited = try await AuditEvent.query(on: world.app.db).filter(\.$action == "app.read").all()
            #expect(
                audited.count >= 10
                    && audited.allSatisfy { $0.subject == "app:\(app.registered.app.id!.uuidString.lowercased())" })
        }
    }

    @Test("A parent's app never receives a 14-year-old's confidential result; the teenager's own app does")
    func teenConfidential() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: clinic.teen, now: world.now))
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.confidentialResult(for: clinic.teen, now: world.now))
            let teen = clinic.teen.id!.uuidString.lowercased()
            let parentApp = try await AppReader.connect(world, clinic.parent, to: clinic.teen)
            let seen = try await parentApp.search("Observation?patient=\(teen)")
            #expect(seen.count == 2)
            #expect(!seen.contains { ($0["code"] as? [String: Any])?["text"] as? String == "Chlamydia trachomatis rRNA" })
            let stored = try await StoredLabResult.query(on: world.app.db).filter(\.$code == "43304-5").first()
            let hidden = try #require(stored?.id?.uuidString.lowercased())
            #expect(try await parentApp.get("Observation/\(hidden)").status == .notFound)
            let withCode = try await parentApp.search("Observation?code=http://loinc.org|43304-5")
            #expect(withCode.isEmpty)

            let teenApp = try await AppReader.connect(world, clinic.teenAccount, to: clinic.teen)
            let own = try await teenApp.search("Observation?patient=\(teen)")
            #expect(own.count == 3)
            #expect(try await teenApp.get("Observation/\(hidden)").status == .ok)
        }
    }

    @Test("Birthdays decide at each request: at 12 the confidential item leaves a parent's app, at 18 everything does")
    func ageTransitions() async throws {
        try await withTestApp { world in
            let zone = world.config.hospitalTimeZone
            let today = LocalDate(world.now, in: zone)
            // Twelve tomorrow.
            let child = try await Fixtures.patient(world, name: "Nia Park", born: today.adding(years: -12).adding(days: 1))
            let parent = try await Fixtures.member(world)
            try await Fixtures.grant(world, parent, child)
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.bloodCount(for: child, now: world.now))
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.confidentialResult(for: child, now: world.now))
            var app = try await AppReader.connect(world, parent, to: child)
            let id = child.id!.uuidString.lowercased()
            #expect(try await app.search("Observation?patient=\(id)").count == 3)

            world.advance(86_400 * 2)
            #expect(try await app.get("Observation?patient=\(id)").status == .unauthorized)
            #expect(try await app.refresh().status == .ok)
            let afterTwelve = try await app.search("Observation?patient=\(id)")
            #expect(afterTwelve.count == 2)

            // Eighteen: the parent's access ends, and so does the app's, token or not.
            let eighteenth = LocalDate(iso: child.birthDate)!.adding(years: 18).startOfDay(in: zone)
            world.advance(eighteenth.timeIntervalSince(world.now) + 3600)
            let refreshed = try await app.refresh()
            #expect(refreshed.error == "invalid_grant")
        }
    }

    @Test("No token, an expired one, a disconnected app, another patient or a scope that does not reach: nothing")
    func refusals() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            try await SmallRecord.load(world, clinic, for: clinic.child)
            let app = try await AppReader.connect(
                world, clinic.parent, to: clinic.child, scope: "launch/patient patient/Immunization.rs")
            let child = clinic.child.id!.uuidString.lowercased()
            let sibling = clinic.teen.id!.uuidString.lowercased()

            let bare = try await Browser(world).get("/fhir/r4/Observation?patient=\(child)")
            #expect(bare.status == .unauthorized && bare.body.contains("OperationOutcome"))
            #expect(bare.headers.first(name: .wwwAuthenticate)?.contains("invalid_token") == true)
            // The parent may see the sibling, but this token was given for one child.
            #expect(try await app.get("Immunization?patient=\(sibling)").status == .notFound)
            #expect(try await app.get("Patient/\(sibling)").status == .forbidden)
            let outOfScope = try await app.get("Observation?patient=\(child)")
            #expect(outOfScope.status == .forbidden && outOfScope.json["resourceType"] as? String == "OperationOutcome")
            #expect(try await app.search("Immunization?patient=\(child)").count == 1)

            world.advance(AppTokenController.accessLifetime + 1)
            #expect(try await app.get("Immunization?patient=\(child)").status == .unauthorized)

            var fresh = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            try await AppAuthorization.query(on: world.app.db).filter(\.$app.$id == fresh.registered.app.id!)
                .set(\.$revokedAt, to: world.now).update()
            #expect(try await fresh.get("Immunization?patient=\(child)").status == .unauthorized)
            #expect(try await fresh.refresh().error == "invalid_grant")
        }
    }

    @Test("Searches: dates with prefixes, codes with systems, unknown parameters refused, paging to the end")
    func searchParameters() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            try await SmallRecord.load(world, clinic, for: clinic.child)
            let app = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let zone = world.config.hospitalTimeZone
            let tenDaysAgo = LocalDate(world.now.addingTimeInterval(-86_400 * 10), in: zone).iso
            #expect(try await app.search("Observation?date=ge\(tenDaysAgo)").count == 2)
            #expect(try await app.search("Observation?date=lt\(tenDaysAgo)").count == 2)
            #expect(try await app.search("Observation?date=gt\(tenDaysAgo)&date=lt2000-01-01").isEmpty)
            #expect(try await app.search("Observation?code=http://loinc.org|718-7").count == 2)
            #expect(try await app.search("Observation?code=718-7,6690-2").count == 4)
            #expect(try await app.search("Observation?code=http://snomed.info/sct|718-7").isEmpty)
            #expect(try await app.search("Observation?code=|718-7").isEmpty)
            #expect(try await app.search("Observation?category=laboratory").count == 4)
            #expect(try await app.search("Observation?category=vital-signs").isEmpty)
            #expect(try await app.search("DiagnosticReport?category=LAB&date=ge\(tenDaysAgo)").count == 1)
            #expect(try await app.search("MedicationRequest?status=active").count == 1)
            #expect(try await app.search("MedicationRequest?status=stopped").isEmpty)
            #expect(try await app.search("AllergyIntolerance?clinical-status=active").count == 1)
            #expect(try await app.search("Immunization?date=2020-05").count == 1)
            #expect(try await app.search("DocumentReference?type=http://loinc.org|11506-3").count == 1)
            #expect(try await app.search("Appointment?date=ge\(LocalDate(world.now, in: zone).iso)").count == 1)

            for bad in [
                "Observation?value-quantity=5", "Observation?date=yesterday", "Observation?code=", "Observation?_count=0",
                "Observation?_count=201", "Observation?code:text=x", "Observation?_offset=-1",
            ] {
                let refused = try await app.get(bad)
                #expect(refused.status == .badRequest && refused.json["resourceType"] as? String == "OperationOutcome", "\(bad)")
            }

            // Paging: one at a time, following `next` to the end, each item once.
            var seen: [String] = []
            var next: String? = "/fhir/r4/Observation?_count=1"
            while let path = next, seen.count < 10 {
                let page = try await app.get(path)
                #expect(page.json["total"] as? Int == 4)
                seen += (page.json["entry"] as? [[String: Any]] ?? []).compactMap {
                    ($0["resource"] as? [String: Any])?["id"] as? String
                }
                let links = page.json["link"] as? [[String: String]] ?? []
                next = links.first { $0["relation"] == "next" }?["url"].map {
                    String($0.dropFirst(world.config.publicBase.count))
                }
            }
            #expect(seen.count == 4 && Set(seen).count == 4)
        }
    }

    @Test("The capability statement says what is served and where apps sign in, without a token")
    func metadata() async throws {
        try await withTestApp { world in
            let page = try await Browser(world).get("/fhir/r4/metadata")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
            #expect(json["resourceType"] as? String == "CapabilityStatement" && json["fhirVersion"] as? String == "4.0.1")
            let rest = try #require((json["rest"] as? [[String: Any]])?.first)
            let types = (rest["resource"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
            #expect(Set(types) == Set(AppResourceType.allCases.map(\.rawValue) + ["Binary"]))
            #expect(page.body.contains(world.config.publicBase + "/oauth/authorize"))
        }
    }
}

@Suite("Connected apps: a member sees and disconnects them")
struct ConnectedAppsTests {
    @Test("The list names the app, the record and what it reads; disconnecting stops its tokens at once")
    func listAndDisconnect() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            try await SmallRecord.load(world, clinic, for: clinic.child)
            var app = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let child = clinic.child.id!.uuidString.lowercased()
            #expect(try await app.search("Immunization?patient=\(child)").count == 1)

            let browser = Browser(world)
            try await browser.signIn(email: clinic.parent.email)
            let list = try await browser.get(Routes.connectedApps())
            #expect(list.status == .ok && list.body.contains("Growth Tracker") && list.body.contains("Ana Lopez"))
            #expect(list.body.contains("Lab results") && list.body.contains("Immunizations"))
            let authorization = try #require(try await AppAuthorization.query(on: world.app.db).first())
            #expect(authorization.lastUsedAt != nil)

            // Another member cannot disconnect it, and learns nothing.
            let other = Browser(world)
            try await other.signIn(email: clinic.teenAccount.email)
            try await other.get(Routes.connectedApps())
            #expect(!(try await other.get(Routes.connectedApps()).body.contains("Growth Tracker")))
            #expect(try await other.post(Routes.disconnectApp(authorization.ref), [:]).status == .notFound)
            #expect(try await app.search("Immunization?patient=\(child)").count == 1)

            let done = try await browser.post(Routes.disconnectApp(authorization.ref), [:])
            #expect(done.location == Routes.connectedApps().query(["disconnected": "1"]))
            #expect(try await app.get("Immunization?patient=\(child)").status == .unauthorized)
            #expect(try await app.refresh().error == "invalid_grant")
            #expect(try await browser.post(Routes.disconnectApp(authorization.ref), [:]).status == .notFound)
            let after = try await browser.get(done.location!)
            #expect(after.body.contains("The app was disconnected") && !after.body.contains("Disconnect Growth Tracker"))

            // The account's activity tells the story, each run of reads as one line.
            let activity = try await browser.get(Routes.accountActivity()).body
            #expect(activity.contains("Allowed Growth Tracker to read Ana Lopez&#39;s record"))
            #expect(activity.contains("Growth Tracker read Ana Lopez&#39;s record"))
            #expect(activity.contains("Disconnected Growth Tracker from Ana Lopez&#39;s record"))
        }
    }
}

@Suite("The API's rate limits hold under simultaneous requests")
struct AppRateLimitTests {
    @Test("Twenty requests at once with a token allowed five a minute: five answers, fifteen 429s with Retry-After")
    func perToken() async throws {
        try await withTestApp(environment: ["API_TOKEN_REQUESTS_PER_MINUTE": "5"]) { world in
            let clinic = try await Clinic.make(world)
            let app = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let statuses = try await AppLaunch.twentyAtOnce { try await app.get("Patient/\(clinic.child.id!.uuidString)").status }
            #expect(statuses.filter { $0 == .ok }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 15)
            let refused = try await app.get("Patient/\(clinic.child.id!.uuidString)")
            #expect(refused.status == .tooManyRequests && refused.json["resourceType"] as? String == "OperationOutcome")
            let wait = try #require(refused.page.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect((1...60).contains(wait))
            // The next minute starts afresh.
            world.advance(Double(wait))
            #expect(try await app.get("Patient/\(clinic.child.id!.uuidString)").status == .ok)
        }
    }

    @Test("An app's tokens share one limit across families")
    func perApp() async throws {
        try await withTestApp(environment: ["API_APP_REQUESTS_PER_MINUTE": "6"]) { world in
            let clinic = try await Clinic.make(world)
            let parent = try await AppReader.connect(world, clinic.parent, to: clinic.child)
            let teen = try await AppReader.connect(world, clinic.teenAccount, to: clinic.teen, registered: parent.registered)
            for _ in 0..<4 { #expect(try await parent.get("Patient/\(clinic.child.id!.uuidString)").status == .ok) }
            #expect(try await teen.get("Patient/\(clinic.teen.id!.uuidString)").status == .ok)
            #expect(try await teen.get("Patient/\(clinic.teen.id!.uuidString)").status == .ok)
            #expect(try await teen.get("Patient/\(clinic.teen.id!.uuidString)").status == .tooManyRequests)
            #expect(try await parent.get("Patient/\(clinic.child.id!.uuidString)").status == .tooManyRequests)
        }
    }
}
