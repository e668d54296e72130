import Crypto
import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import Vapor

@testable import Portal

/// SMART Health Cards of immunizations: what they carry (only what a school may see), how
/// they are signed and published, how keys rotate. The browser suite reads the printed
/// codes with an independent decoder and verifies them with independent libraries.
@Suite struct HealthCardTests {
    /// A card's JWS checked against the published keys, and its inflated payload.
    struct ReadCard {
        let keyID: String
        let payload: [String: Any]
        var entries: [[String: Any]] {
            (((payload["vc"] as? [String: Any])?["credentialSubject"] as? [String: Any])?["fhirBundle"]
                as? [String: Any])?["entry"] as? [[String: Any]] ?? []
        }
        var immunizations: [[String: Any]] {
            entries.compactMap { $0["resource"] as? [String: Any] }.filter { $0["resourceType"] as? String == "Immunization" }
        }
        var cvxCodes: [String] {
            immunizations.compactMap {
                (($0["vaccineCode"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String
            }
        }

        init(keyID: String, payload: [String: Any]) {
            self.keyID = keyID
            self.payload = payload
        }

        init(_ jws: String, publishedIn jwks: String) throws {
            self = try Self.read(jws, publishedIn: jwks)
        }

        private static func read(_ jws: String, publishedIn jwks: String) throws -> ReadCard {
            let parts = jws.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            try #require(parts.count == 3)
            let headerBytes = try #require(Base64URL.decode(parts[0]))
            let header = try #require(try JSONSerialization.jsonObject(with: headerBytes) as? [String: String])
            #expect(header["alg"] == "ES256" && header["zip"] == "DEF")
            let keyID = try #require(header["kid"])
            let keys = try #require(
                (try JSONSerialization.jsonObject(with: Data(jwks.utf8)) as? [String: Any])?["keys"] as? [[String: String]])
            let key = try #require(keys.first { $0["kid"] == keyID }, "the signing key is published")
            #expect(key["use"] == "sig" && key["alg"] == "ES256" && key["crv"] == "P-256")
            let x = try #require(Base64URL.decode(key["x"]!)), y = try #require(Base64URL.decode(key["y"]!))
            let publicKey = try P256.Signing.PublicKey(x963Representation: Data([4]) + x + y)
            let signatureBytes = try #require(Base64URL.decode(parts[2]))
            let signature = try P256.Signing.ECDSASignature(rawRepresentation: signatureBytes)
            #expect(publicKey.isValidSignature(signature, for: Data("\(parts[0]).\(parts[1])".utf8)))
            let deflated = try #require(Base64URL.decode(parts[1]))
            let inflated = try RawDeflate.decompress(deflated)
            let payload = try #require(try JSONSerialization.jsonObject(with: inflated) as? [String: Any])
            return ReadCard(keyID: keyID, payload: payload)
        }
    }

    static func cards(_ browser: Browser, _ patient: Patient) async throws -> [String] {
        let file = try await browser.get(Routes.patientHealthCardFile(patient.ref))
        #expect(file.status == .ok)
        #expect(file.headers.contentType?.description.hasPrefix("application/smart-health-card") == true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.body.utf8)) as? [String: Any])
        return try #require(json["verifiableCredential"] as? [String])
    }

    static func vaccines(for patient: Patient, count: Int, confidential: Int = 0, uncoded: Int = 0) -> JSONValue {
        var entries: [FHIRBuilder.Entry] = []
        let start = LocalDate(iso: "2019-01-10")!
        for index in 0..<count + confidential {
            entries.append(
                FHIRBuilder.immunization(
                    id: "imm-\(index)", recordNumber: patient.medicalRecordNumber,
                    cvx: index >= count ? "62" : ["20", "10", "08", "03", "21", "83", "133", "17"][index % 8],
                    vaccine: index >= count
                        ? "HPV" : ["DTaP", "IPV", "Hep B", "MMR", "Varicella", "Hep A", "PCV13", "Hib"][index % 8],
                    given: start.adding(days: index * 20), doseNumber: 1, seriesDoses: 3, lot: "LOT-\(index)",
                    site: nil,
                    sensitivity: index >= count ? .adolescentConfidential(.reproductiveHealth) : .normal))
        }
        for index in 0..<uncoded {
            var entry = FHIRBuilder.immunization(
                id: "imm-local-\(index)", recordNumber: patient.medicalRecordNumber, cvx: "x", vaccine: "Local study vaccine",
                given: start, doseNumber: nil, seriesDoses: nil, lot: nil, site: nil)
            entry.resource["vaccineCode"] = ["text": "Local study vaccine"]
            entries.append(entry)
        }
        return FHIRBuilder.bundle(entries).withSubjectsByRecordNumber()
    }

    @Test("A parent's card: signed by the published key, the child's name and birth date, each coded vaccine; issuance audited")
    func parentsCard() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await ClinicalImportTests.run(world, Self.vaccines(for: clinic.child, count: 3, uncoded: 1))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let jwks = try await parent.get(Routes.jwks())
            #expect(jwks.headers.first(name: .accessControlAllowOrigin) == "*")

            let printed = try await parent.get(Routes.patientImmunizationRecord(clinic.child.ref))
            #expect(printed.status == .ok)
            #expect(printed.body.contains("aria-label=\"SMART Health Card QR code 1 of 1\""))
            #expect(printed.body.contains("1 vaccine listed above is not in the codes"))
            #expect(printed.body.contains(Routes.patientHealthCardFile(clinic.child.ref)))

            let jws = try await Self.cards(parent, clinic.child)
            #expect(jws.count == 1)
            let card = try ReadCard(jws[0], publishedIn: jwks.body)
            #expect(card.payload["iss"] as? String == world.config.publicBase)
            let notBefore = try #require(card.payload["nbf"] as? Double)
            #expect(abs(notBefore - world.now.timeIntervalSince1970) < 2)
            let vc = try #require(card.payload["vc"] as? [String: Any])
            #expect(vc["type"] as? [String] == ["https://smarthealth.cards#health-card"])
            let patient = try #require(card.entries.first?["resource"] as? [String: Any])
            #expect(patient["resourceType"] as? String == "Patient" && patient["birthDate"] as? String == clinic.child.birthDate)
            #expect((patient["name"] as? [[String: Any]])?.first?["family"] as? String == "Lopez")
            #expect(card.cvxCodes.count == 3 && Set(card.cvxCodes) == ["20", "10", "08"])
            #expect(card.immunizations.allSatisfy { ($0["patient"] as? [String: String])?["reference"] == "resource:0" })
            #expect(
                card.immunizations.allSatisfy { $0["id"] == nil && $0["meta"] == nil && $0["status"] as? String == "completed" })

            let issued = try await AuditEvent.query(on: world.app.db).filter(\.$action == "health_card.issued").all()
            #expect(
                issued.count == 2
                    && issued.allSatisfy { $0.patientID == clinic.child.id!.uuidString.lowercased() && $0.outcome == "success" })
        }
    }

    @Test("Nothing confidential is ever in a card: not in the parent's, not in the teenager's own")
    func confidentialStaysOut() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await ClinicalImportTests.run(world, Self.vaccines(for: clinic.teen, count: 2, confidential: 1))
            let jwks = try await Browser(world).get(Routes.jwks()).body
            for email in [clinic.parent.email, clinic.teenAccount.email] {
                let browser = Browser(world)
                try await browser.signIn(email: email)
                let card = try ReadCard(try #require(try await Self.cards(browser, clinic.teen).first), publishedIn: jwks)
                #expect(Set(card.cvxCodes) == ["20", "10"], "\(email)")
                #expect(!card.cvxCodes.contains("62"))
            }
            // The teenager sees the vaccine on their own list, and is told it is not in the codes.
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let printed = try await teen.get(Routes.patientImmunizationRecord(clinic.teen.ref)).body
            #expect(printed.contains("HPV") && printed.contains("1 vaccine listed above is not in the codes"))
            // The parent's list does not show it, so nothing is said to be missing.
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let parents = try await parent.get(Routes.patientImmunizationRecord(clinic.teen.ref)).body
            #expect(!parents.contains("HPV") && !parents.contains("not in the codes"))
        }
    }

    @Test("A long record becomes several cards, each small enough for one QR code, together carrying every vaccine once")
    func longRecordSplits() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await ClinicalImportTests.run(world, Self.vaccines(for: clinic.child, count: 60))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let jwks = try await parent.get(Routes.jwks()).body
            let jws = try await Self.cards(parent, clinic.child)
            #expect(jws.count >= 2)
            #expect(jws.allSatisfy { $0.utf8.count <= HealthCardCode.maxJWSLength })
            let lots = try jws.flatMap {
                try ReadCard($0, publishedIn: jwks).immunizations.compactMap { $0["lotNumber"] as? String }
            }
            #expect(lots.count == 60 && Set(lots).count == 60)
            let printed = try await parent.get(Routes.patientImmunizationRecord(clinic.child.ref)).body
            #expect(printed.contains("SMART Health Card QR code \(jws.count) of \(jws.count)"))
        }
    }

    @Test("A vaccination too large for a code of its own is left out and counted; the record still prints")
    func oversizedVaccination() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            var bundle = Self.vaccines(for: clinic.child, count: 2)
            let noise = (0..<1000).map { _ in "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnopqrstuvwxyz".randomElement()! }
            bundle["entry"]?[0]?["resource"]?["lotNumber"] = .string(String(noise))
            _ = try await ClinicalImportTests.run(world, bundle)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let printed = try await parent.get(Routes.patientImmunizationRecord(clinic.child.ref))
            #expect(printed.status == .ok && printed.body.contains("1 vaccine listed above is not in the codes"))
            let jwks = try await parent.get(Routes.jwks()).body
            let cards = try await Self.cards(parent, clinic.child)
            #expect(try cards.flatMap { try ReadCard($0, publishedIn: jwks).immunizations }.count == 1)
        }
    }

    @Test("No vaccine to prove: no codes on the record, and no file")
    func nothingToProve() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let printed = try await parent.get(Routes.patientImmunizationRecord(clinic.child.ref))
            #expect(printed.status == .ok && !printed.body.contains("<svg"))
            #expect(try await parent.get(Routes.patientHealthCardFile(clinic.child.ref)).status == .notFound)
            // Another family's child is refused before anything is signed.
            let stranger = try await Fixtures.patient(world, name: "Other Child", bornYearsAgo: 5)
            _ = try await ClinicalImportTests.run(world, Self.vaccines(for: stranger, count: 1))
            #expect(try await parent.get(Routes.patientHealthCardFile(stranger.ref)).status == .notFound)
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "health_card.issued").filter(
                    \.$outcome == "success"
                ).count() == 0)
        }
    }

    @Test(
        "Rotating keys: new cards name the new key; the old key stays published so its cards still verify; only a retired key can be withdrawn"
    )
    func rotation() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await ClinicalImportTests.run(world, Self.vaccines(for: clinic.child, count: 2))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let before = try #require(try await Self.cards(parent, clinic.child).first)
            let oldKey = try ReadCard(before, publishedIn: try await parent.get(Routes.jwks()).body).keyID

            let keys = SigningKeys(db: world.app.db, secretsKey: world.config.secretsKey)
            #expect(try await keys.withdraw(keyID: oldKey) == false, "the key that signs cannot be withdrawn")
            let (retired, created) = try await keys.rotate(at: world.now)
            #expect(retired == [oldKey] && created != oldKey)

            let jwks = try await parent.get(Routes.jwks()).body
            let after = try #require(try await Self.cards(parent, clinic.child).first)
            #expect(try ReadCard(after, publishedIn: jwks).keyID == created)
            #expect(try ReadCard(before, publishedIn: jwks).keyID == oldKey)

            #expect(try await keys.withdraw(keyID: oldKey))
            let withdrawn = try await parent.get(Routes.jwks()).body
            #expect(!withdrawn.contains(oldKey) && withdrawn.contains(created))
        }
    }

    @Test("`portal signing-keys rotate` makes a new key sign; withdraw needs a retired key's id")
    func rotationCommand() async throws {
        try await withTestApp { world in
            func run(_ arguments: [String]) async throws {
                var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["portal"] + arguments))
                context.application = world.app
                try await SigningKeysCommand().run(using: &context)
            }
            let keys = SigningKeys(db: world.app.db, secretsKey: world.config.secretsKey)
            let first = try await keys.current(at: world.now).keyID
            try await run(["rotate"])
            let second = try await keys.current(at: world.now).keyID
            #expect(second != first)
            let listed = try await keys.all()
            #expect(listed.map(\.id) == [second, first] && listed[1].retired != nil && listed[0].retired == nil)

            let unnamed = await #expect(throws: CommandFailure.self) { try await run(["withdraw"]) }
            #expect(unnamed?.description.contains("--key-id") == true)
            // A kid may start with "-": console-kit reads a value as written after a backslash.
            let signing = await #expect(throws: CommandFailure.self) {
                try await run(["withdraw", "--key-id", "\\" + second])
            }
            #expect(signing?.description.contains("rotate first") == true)
            try await run(["withdraw", "--key-id", "\\" + first])
            #expect(try await keys.all().map(\.id) == [second])
        }
    }
}
