import Foundation
import Testing

@testable import PortalCore

@Suite("What an app may read: SMART scopes")
struct AppScopesTests {
    static let lab = "http://terminology.hl7.org/CodeSystem/observation-category|laboratory"
    static let registeredForAll = SMARTScope.list("patient/*.rs launch/patient openid fhirUser offline_access")

    func granting(_ requested: String, registered: [SMARTScope] = Self.registeredForAll) -> AppScopes {
        AppScopes(granting: SMARTScope.list(requested), registeredFor: registered)
    }

    @Test("v2 scopes are read with their permissions in order, v1 words as their v2 equivalents")
    func parsing() throws {
        #expect(SMARTScope("patient/Observation.rs")?.text == "patient/Observation.rs")
        #expect(SMARTScope("patient/Observation.read")?.text == "patient/Observation.rs")
        #expect(SMARTScope("user/*.cruds")?.text == "user/*.cruds")
        #expect(SMARTScope("patient/*.*")?.text == "patient/*.cruds")
        #expect(SMARTScope("patient/Observation.write")?.text == "patient/Observation.cud")
        #expect(SMARTScope("patient/Observation.rs?category=\(Self.lab)")?.text == "patient/Observation.rs?category=\(Self.lab)")
        #expect(SMARTScope("patient/Observation.rs?category=laboratory")?.text == "patient/Observation.rs?category=laboratory")
        // Letters out of order, twice, or unknown; a restriction other than category; a lowercase type.
        for bad in [
            "patient/Observation.sr", "patient/Observation.rr", "patient/Observation.x", "patient/Observation.",
            "patient/Observation.rs?code=1234-5", "patient/Observation.rs?category=laboratory&code=1",
            "patient/observation.rs", "practitioner/Observation.rs", "Observation.rs", "patient/Obs-ervation.rs",
            "launch", "profile", "",
        ] {
            #expect(SMARTScope(bad) == nil, "\(bad)")
        }
        #expect(SMARTScope.list("openid  openid fhirUser nonsense").map(\.text) == ["openid", "fhirUser"])
    }

    @Test("An app is given read and search only, for one patient, on the types the portal serves")
    func narrowing() {
        let scopes = granting(
            "patient/Observation.cruds user/Immunization.read system/*.rs patient/Binary.rs patient/Condition.rs")
        #expect(scopes.text == "patient/Observation.rs patient/Immunization.rs")
        #expect(scopes.allows(.observation, .read, category: AppResourceType.observation.itemCategory))
        #expect(!scopes.allows(.patient, .read, category: nil))
    }

    @Test("An app gets nothing it was not registered for, and an empty grant reads nothing")
    func registration() {
        let registered = SMARTScope.list("patient/Immunization.rs patient/Patient.r openid")
        let scopes = granting(
            "patient/*.rs patient/Immunization.rs patient/Patient.rs openid fhirUser offline_access", registered: registered)
        #expect(scopes.text == "patient/Immunization.rs openid")
        #expect(scopes.readableKinds == [.immunizations])
        #expect(granting("patient/Appointment.rs", registered: registered).readsNothing)
        // fhirUser only comes with openid.
        #expect(!granting("fhirUser patient/*.rs").fhirUser)
    }

    @Test("A category restriction holds: lab results only, and never on a type that has no category")
    func categories() throws {
        let scopes = granting("patient/Observation.rs?category=\(Self.lab) patient/Immunization.rs?category=x")
        #expect(scopes.text == "patient/Observation.rs?category=\(Self.lab)")
        let lab = try #require(AppResourceType.observation.itemCategory)
        #expect(scopes.allows(.observation, .search, category: lab))
        #expect(!scopes.allows(.observation, .read, category: CategoryToken(system: lab.system, code: "vital-signs")))
        #expect(!scopes.allows(.observation, .read, category: nil))
        #expect(!scopes.allows(.immunization, .search, category: nil))
        #expect(granting("patient/Observation.rs").allows(.observation, .search, category: nil))
        // Vital signs only: nothing the portal holds.
        #expect(granting("patient/Observation.rs?category=vital-signs").readableKinds == [])
        // An app registered for lab observations cannot widen that to every observation.
        let narrow = SMARTScope.list("patient/Observation.rs?category=\(Self.lab)")
        #expect(granting("patient/Observation.rs", registered: narrow).readsNothing)
        #expect(granting("patient/Observation.rs?category=laboratory", registered: narrow).readsNothing)
    }

    @Test("A refresh may narrow the scopes, never widen them")
    func refreshNarrowing() throws {
        let scopes = granting("patient/Observation.rs patient/Immunization.rs openid fhirUser offline_access")
        let narrowed = try #require(scopes.narrowed(to: SMARTScope.list("patient/Immunization.rs offline_access")))
        #expect(narrowed.text == "patient/Immunization.rs offline_access")
        #expect(scopes.narrowed(to: SMARTScope.list("patient/Patient.rs")) == nil)
        #expect(scopes.narrowed(to: SMARTScope.list("patient/*.rs")) == nil)
        #expect(granting("patient/Immunization.rs").narrowed(to: SMARTScope.list("offline_access")) == nil)
    }

    @Test("Stored scopes read back as granted, and say what the app reads in a family's words")
    func storedAndKinds() {
        let scopes = granting("patient/*.rs launch/patient openid fhirUser offline_access")
        #expect(AppScopes(stored: scopes.text) == scopes)
        #expect(scopes.readableKinds == ReadableKind.allCases)
        #expect(granting("patient/DiagnosticReport.rs patient/MedicationRequest.r").readableKinds == [.labResults, .medicines])
    }

    @Test("PKCE: the verifier must hash to the challenge, S256, within RFC 7636's lengths")
    func pkce() {
        // RFC 7636 appendix B.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        #expect(PKCE.challengeFor(verifier) == challenge)
        #expect(PKCE.verifies(verifier, challenge: challenge))
        #expect(!PKCE.verifies(verifier + "x", challenge: challenge))
        #expect(!PKCE.verifies(verifier, challenge: verifier))
        #expect(!PKCE.verifies("short", challenge: PKCE.challengeFor("short")))
        let tooLong = String(repeating: "a", count: 129)
        #expect(!PKCE.verifies(tooLong, challenge: PKCE.challengeFor(tooLong)))
        let withSpace = String(repeating: "a", count: 50) + " "
        #expect(!PKCE.verifies(withSpace, challenge: PKCE.challengeFor(withSpace)))
        #expect(!PKCE.isChallenge(challenge + "="))
    }

    @Test("Base64url round-trips bytes and refuses the other alphabet")
    func base64URL() {
        let bytes = Data([0xfb, 0xff, 0x00, 0x3e, 0x3f])
        #expect(Base64URL.encode(bytes) == "-_8APj8")
        #expect(Base64URL.decode("-_8APj8") == bytes)
        #expect(Base64URL.decode("+/8APj8") == nil)
        #expect(Base64URL.decode("-_8APj8=") == nil)
    }

    @Test("Redirect addresses: https, the device's own loopback, or a native app's reverse-domain scheme")
    func redirectAddresses() {
        #expect(RedirectAddress.check("https://app.example.org/callback") == nil)
        #expect(RedirectAddress.check("http://127.0.0.1:8765/callback") == nil)
        #expect(RedirectAddress.check("http://localhost/cb") == nil)
        #expect(RedirectAddress.check("org.example.app:/callback") == nil)
        #expect(RedirectAddress.check("http://app.example.org/callback") == .plainHTTP)
        #expect(RedirectAddress.check("https://app.example.org/cb#x") == .fragment)
        #expect(RedirectAddress.check("javascript:alert(1)") == .notAnAddress)
        #expect(RedirectAddress.check("/callback") == .notAnAddress)
        #expect(RedirectAddress.check("https:///callback") == .notAnAddress)
        #expect(RedirectAddress.check("https://a b") == .notAnAddress)
        #expect(RedirectAddress.check("https://a;script-src*/cb") == .notAnAddress)
        #expect(RedirectAddress.check("https://app.example.org:8443/cb") == nil)
        #expect(
            RedirectAddress.list(" https://a.example/cb \n\nhttps://b.example/cb\r\n") == [
                "https://a.example/cb", "https://b.example/cb",
            ])
    }
}

@Suite("The hospital's signing keys")
struct SigningKeyTests {
    @Test("A key's id is its RFC 7638 thumbprint, as an independent library computes it")
    func thumbprint() throws {
        // The id and coordinates below were computed from the same private scalar with
        // Python's jwcrypto (JWK.from_pyca(...).thumbprint()).
        let stored = "Fv3e_5uXvjKkyRnDz1cqQHqU6GrgpPbjvCVfFO2w3xo"
        let key = try #require(SigningKey(stored: stored))
        #expect(key.stored == stored)
        #expect(key.keyID == "FTTO3kkO7ms57K1y_oeHMIcxXacAOEepg3OyKmyQWBU")
        #expect(key.publicJWK["x"] == "WiJzAgEFo_g2itSOBLUuEz_v9_KjlhBLgtHI770i0nw")
        #expect(key.publicJWK["y"] == "eGP00okE-WzcWmJ6PkdMNVm5aBMkjkDZP32NOdAMKmk")
        #expect(key.publicJWK["kid"] == key.keyID)
        #expect(key.publicJWK["kty"] == "EC" && key.publicJWK["crv"] == "P-256" && key.publicJWK["alg"] == "ES256")
        #expect(key.publicJWK["x"]?.count == 43 && key.publicJWK["y"]?.count == 43)
    }

    @Test("A compact JWS verifies with the key that signed it, and not once changed or with another key")
    func signatures() throws {
        let key = SigningKey(), other = SigningKey()
        let jws = try key.sign(Data(#"{"sub":"a"}"#.utf8), extraHeader: ["typ": "JWT"])
        let parts = jws.split(separator: ".")
        #expect(parts.count == 3)
        let header = try #require(Base64URL.decode(String(parts[0])))
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"ES256","kid":"\#(key.keyID)","typ":"JWT"}"#)
        #expect(Base64URL.decode(String(parts[2]))?.count == 64)
        #expect(key.verifies(jws))
        #expect(!other.verifies(jws))
        let tampered = parts[0] + "." + Base64URL.encode(Data(#"{"sub":"b"}"#.utf8)) + "." + parts[2]
        #expect(!key.verifies(String(tampered)))
        #expect(!key.verifies("a.b"))
        #expect(SigningKey(stored: "not a key") == nil)
    }
}

@Suite("What an administrator may register an app for")
struct AppRegistrationRulesTests {
    @Test("Scopes are kept in v2 form; writes, systems, other patients' scopes and unknown types are refused")
    func scopes() {
        #expect(AppRegistrationRules.scopes(AppRegistrationRules.defaultScopes) == .success(AppRegistrationRules.defaultScopes))
        #expect(
            AppRegistrationRules.scopes("patient/Observation.read  openid\npatient/Observation.read")
                == .success("patient/Observation.rs openid"))
        for refused in [
            "patient/*.cruds", "system/*.rs", "user/*.rs", "patient/Condition.rs", "profile", "patient/Observation.rs?code=1",
        ] {
            #expect(AppRegistrationRules.scopes("openid \(refused)") == .failure(.notGiven(refused)), "\(refused)")
        }
        #expect(AppRegistrationRules.scopes("openid fhirUser") == .failure(.readsNothing))
        #expect(AppRegistrationRules.scopes("") == .failure(.readsNothing))
    }
}
