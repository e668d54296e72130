import Foundation
import PortalCore

/// A SMART Health Card of immunizations: a FHIR Bundle of the patient and their vaccines,
/// as the SMART Health Cards specification and its vaccination guide shape it (no ids, no
/// narrative, no display text; references as `resource:N`), deflated and signed ES256 by
/// the hospital's key. A record too large for one QR code becomes several cards, each a
/// run of the record's vaccines in the order given.
public struct HealthCard: Sendable {
    public struct Vaccination: Sendable, Equatable {
        public var cvxCode: String
        /// ISO date.
        public var givenOn: String
        public var lotNumber: String?

        public init(cvxCode: String, givenOn: String, lotNumber: String?) {
            self.cvxCode = cvxCode
            self.givenOn = givenOn
            self.lotNumber = lotNumber
        }
    }

    public struct Subject: Sendable {
        public var legalName: String
        public var birthDate: String
        public var vaccinations: [Vaccination]

        public init(legalName: String, birthDate: String, vaccinations: [Vaccination]) {
            self.legalName = legalName
            self.birthDate = birthDate
            self.vaccinations = vaccinations
        }
    }

    public let jws: String
    /// Which of the subject's vaccinations this card carries.
    public let vaccinations: Range<Int>

    /// The cards for `subject`, each small enough for one QR code; none when there is no
    /// vaccination to prove. Together they carry every vaccination that fits a code.
    public static func issue(
        for subject: Subject, issuer: String, performer: String, at now: Date, key: SigningKey
    ) throws -> [HealthCard] {
        var cards: [HealthCard] = []
        var start = 0
        while start < subject.vaccinations.count {
            var card = try sign(subject, start..<start + 1, issuer: issuer, performer: performer, at: now, key: key)
            // A vaccination too large for a code on its own (a very long name or lot) is left
            // out, and the record says how many are: it never costs the others their card.
            guard card.jws.utf8.count <= HealthCardCode.maxJWSLength else {
                start += 1
                continue
            }
            while card.vaccinations.upperBound < subject.vaccinations.count {
                let longer = try sign(
                    subject, start..<card.vaccinations.upperBound + 1, issuer: issuer, performer: performer, at: now,
                    key: key)
                guard longer.jws.utf8.count <= HealthCardCode.maxJWSLength else { break }
                card = longer
            }
            cards.append(card)
            start = card.vaccinations.upperBound
        }
        return cards
    }

    private static func sign(
        _ subject: Subject, _ range: Range<Int>, issuer: String, performer: String, at now: Date, key: SigningKey
    ) throws -> HealthCard {
        let payload = credential(subject, range, issuer: issuer, performer: performer, at: now).encoded()
        let jws = try key.sign(RawDeflate.compress(payload), extraHeader: ["zip": "DEF"])
        return HealthCard(jws: jws, vaccinations: range)
    }

    static func credential(
        _ subject: Subject, _ range: Range<Int>, issuer: String, performer: String, at now: Date
    ) -> JSONValue {
        let name = PersonName(subject.legalName)
        var patientName: [String: JSONValue] = ["family": .string(name.family)]
        if !name.given.isEmpty { patientName["given"] = .array(name.given.map(JSONValue.string)) }
        var entries: [JSONValue] = [
            [
                "fullUrl": "resource:0",
                "resource": [
                    "resourceType": "Patient", "name": [.object(patientName)], "birthDate": .string(subject.birthDate),
                ],
            ]
        ]
        for (offset, vaccination) in subject.vaccinations[range].enumerated() {
            var immunization: [String: JSONValue] = [
                "resourceType": "Immunization", "status": "completed",
                "vaccineCode": ["coding": [["system": .string(CodeSystems.cvx), "code": .string(vaccination.cvxCode)]]],
                "patient": ["reference": "resource:0"], "occurrenceDateTime": .string(vaccination.givenOn),
                "performer": [["actor": ["display": .string(performer)]]],
            ]
            if let lot = vaccination.lotNumber { immunization["lotNumber"] = .string(lot) }
            entries.append(["fullUrl": .string("resource:\(offset + 1)"), "resource": .object(immunization)])
        }
        return [
            "iss": .string(issuer),
            "nbf": .number(now.timeIntervalSince1970.rounded(.down)),
            "vc": [
                "type": ["https://smarthealth.cards#health-card"],
                "credentialSubject": [
                    "fhirVersion": "4.0.1",
                    "fhirBundle": ["resourceType": "Bundle", "type": "collection", "entry": .array(entries)],
                ],
            ],
        ]
    }
}

/// A legal name as FHIR's HumanName wants it: the last word as the family name, the rest given.
public struct PersonName: Sendable {
    public let family: String
    public let given: [String]

    public init(_ legalName: String) {
        let words = legalName.split(separator: " ").map(String.init)
        family = words.last ?? legalName
        given = Array(words.dropLast())
    }
}
