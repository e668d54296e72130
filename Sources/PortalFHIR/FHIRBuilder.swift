import Foundation
import PortalCore

/// Writes FHIR R4 resources from plain values: how the demo data and the tests make the
/// bundles they import, so both go through the same reading as the EHR's feed.
public enum FHIRBuilder {
    public static let identifierSystem = "urn:oid:2.16.840.1.113883.3.9999.1"

    public struct Entry: Sendable {
        public var fullURL: String
        public var resource: JSONValue

        public init(fullURL: String, resource: JSONValue) {
            self.fullURL = fullURL
            self.resource = resource
        }
    }

    public static func bundle(type: String = "transaction", _ entries: [Entry]) -> JSONValue {
        .object([
            "resourceType": "Bundle", "type": .string(type),
            "entry": .array(
                entries.map { entry in
                    var value: JSONValue = ["fullUrl": .string(entry.fullURL), "resource": entry.resource]
                    if type != "collection" {
                        let resourceType = entry.resource["resourceType"] ?? "Resource"
                        value["request"] = ["method": "POST", "url": resourceType]
                    }
                    return value
                }),
        ])
    }

    public static func patient(recordNumber: String, name: String, birthDate: String) -> Entry {
        Entry(
            fullURL: "urn:uuid:patient-\(recordNumber)",
            resource: [
                "resourceType": "Patient",
                "identifier": [
                    [
                        "type": ["coding": [["system": .string(CodeSystems.v2IdentifierType), "code": "MR"]]],
                        "system": .string(identifierSystem), "value": .string(recordNumber),
                    ]
                ],
                "name": [["text": .string(name)]], "birthDate": .string(birthDate),
            ])
    }

    public static func subject(_ recordNumber: String) -> JSONValue { ["reference": .string("urn:uuid:patient-\(recordNumber)")] }

    public static func meta(_ sensitivity: Sensitivity, lastUpdated: Date? = nil) -> JSONValue {
        var security: [JSONValue] = []
        switch sensitivity {
        case .normal: break
        case .restricted: security.append(["system": .string(CodeSystems.confidentiality), "code": "V"])
        case .adolescentConfidential(let category):
            security.append(["system": .string(CodeSystems.confidentiality), "code": "R"])
            if let code = category.hl7PolicyCode {
                security.append(["system": .string(CodeSystems.actCode), "code": .string(code)])
            }
        }
        var meta: JSONValue = ["security": .array(security)]
        if let lastUpdated { meta["lastUpdated"] = .string(instant(lastUpdated)) }
        return meta
    }

    public static func identifier(_ value: String) -> JSONValue {
        [["system": .string(identifierSystem), "value": .string(value)]]
    }

    public static func concept(_ system: String, _ code: String, _ display: String) -> JSONValue {
        ["coding": [["system": .string(system), "code": .string(code), "display": .string(display)]], "text": .string(display)]
    }

    public static func instant(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }

    public static func day(_ date: LocalDate) -> String { date.iso }

    /// A laboratory result. `value` is a number with its unit as people read it and as a
    /// UCUM code (the same when `ucum` is nil), or text.
    public static func labResult(
        id: String, recordNumber: String, loinc: String, name: String, value: Double?, unit: String? = nil,
        ucum: String? = nil, text: String? = nil, low: Double? = nil, high: Double? = nil, interpretation: String? = nil,
        status: String = "final", collected: Date, issued: Date, sensitivity: Sensitivity = .normal, lastUpdated: Date? = nil
    ) -> Entry {
        var resource: JSONValue = [
            "resourceType": "Observation", "id": .string(id), "meta": meta(sensitivity, lastUpdated: lastUpdated),
            "identifier": identifier(id), "status": .string(status),
            "category": [
                concept("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")
            ],
            "code": concept(CodeSystems.loinc, loinc, name), "subject": subject(recordNumber),
            "effectiveDateTime": .string(instant(collected)), "issued": .string(instant(issued)),
        ]
        if let value {
            resource["valueQuantity"] = ["value": .number(value)]
            if let unit {
                resource["valueQuantity"]?["unit"] = .string(unit)
                resource["valueQuantity"]?["system"] = .string(CodeSystems.ucum)
                resource["valueQuantity"]?["code"] = .string(ucum ?? unit)
            }
        } else if let text {
            resource["valueString"] = .string(text)
        }
        if low != nil || high != nil {
            var range: JSONValue = [:]
            if let low { range["low"] = ["value": .number(low), "unit": .string(unit ?? "")] }
            if let high { range["high"] = ["value": .number(high), "unit": .string(unit ?? "")] }
            resource["referenceRange"] = [range]
        }
        if let interpretation {
            resource["interpretation"] = [
                ["coding": [["system": .string(CodeSystems.interpretation), "code": .string(interpretation)]]]
            ]
        }
        return Entry(fullURL: "urn:uuid:\(id)", resource: resource)
    }

    public static func labReport(
        id: String, recordNumber: String, loinc: String, name: String, results: [Entry], status: String = "final",
        collected: Date, issued: Date, sensitivity: Sensitivity = .normal
    ) -> Entry {
        Entry(
            fullURL: "urn:uuid:\(id)",
            resource: [
                "resourceType": "DiagnosticReport", "id": .string(id), "meta": meta(sensitivity),
                "identifier": identifier(id), "status": .string(status),
                "category": [concept(CodeSystems.v2DiagnosticService, "LAB", "Laboratory")],
                "code": concept(CodeSystems.loinc, loinc, name), "subject": subject(recordNumber),
                "effectiveDateTime": .string(instant(collected)), "issued": .string(instant(issued)),
                "result": .array(results.map { ["reference": .string($0.fullURL)] }),
            ])
    }

    public static func imagingReport(
        id: String, recordNumber: String, loinc: String, name: String, modality: String, bodySite: String,
        findings: String, impression: String, performed: Date, issued: Date, sensitivity: Sensitivity = .normal
    ) -> Entry {
        Entry(
            fullURL: "urn:uuid:\(id)",
            resource: [
                "resourceType": "DiagnosticReport", "id": .string(id), "meta": meta(sensitivity),
                "identifier": identifier(id), "status": "final",
                "category": [concept(CodeSystems.v2DiagnosticService, "RAD", "Radiology")],
                "code": [
                    "coding": [
                        ["system": .string(CodeSystems.loinc), "code": .string(loinc), "display": .string(name)],
                        ["system": .string(CodeSystems.dicom), "code": .string(modality)],
                    ],
                    "text": .string(name),
                ],
                "extension": [
                    [
                        "url": "http://hl7.org/fhir/StructureDefinition/bodySite",
                        "valueCodeableConcept": ["text": .string(bodySite)],
                    ]
                ],
                "subject": subject(recordNumber), "effectiveDateTime": .string(instant(performed)),
                "issued": .string(instant(issued)), "conclusion": .string(impression),
                "presentedForm": [["contentType": "text/plain", "data": .string(Data(findings.utf8).base64EncodedString())]],
            ])
    }

    public static func medication(
        id: String, recordNumber: String, rxNorm: String?, name: String, dose: (Double, String)?, instructions: String,
        prescriber: String, started: LocalDate, refills: Int, pharmacy: String?, status: String = "active",
        sensitivity: Sensitivity = .normal, renewableThroughPortal: Bool = true
    ) -> Entry {
        var medication: JSONValue = ["text": .string(name)]
        if let rxNorm { medication = concept(CodeSystems.rxNorm, rxNorm, name) }
        var dosage: JSONValue = ["text": .string(instructions)]
        if let dose {
            dosage["doseAndRate"] = [["doseQuantity": ["value": .number(dose.0), "unit": .string(dose.1)]]]
        }
        var dispense: JSONValue = ["numberOfRepeatsAllowed": .number(Double(refills))]
        if let pharmacy { dispense["performer"] = ["display": .string(pharmacy)] }
        var resource: JSONValue = [
            "resourceType": "MedicationRequest", "id": .string(id), "meta": meta(sensitivity),
            "identifier": identifier(id), "status": .string(status), "intent": "order",
            "medicationCodeableConcept": medication, "subject": subject(recordNumber),
            "requester": ["display": .string(prescriber)], "authoredOn": .string(started.iso),
            "dosageInstruction": [dosage], "dispenseRequest": dispense,
        ]
        if !renewableThroughPortal {
            resource["extension"] = [["url": .string(CodeSystems.renewableExtension), "valueBoolean": .bool(false)]]
        }
        return Entry(fullURL: "urn:uuid:\(id)", resource: resource)
    }

    public static func allergy(
        id: String, recordNumber: String, substance: JSONValue, type: String = "allergy", reactions: [String],
        severity: String?, criticality: String, recorded: LocalDate, status: String = "active"
    ) -> Entry {
        var reaction: JSONValue = ["manifestation": .array(reactions.map { ["text": .string($0)] })]
        if let severity { reaction["severity"] = .string(severity) }
        return Entry(
            fullURL: "urn:uuid:\(id)",
            resource: [
                "resourceType": "AllergyIntolerance", "id": .string(id), "identifier": identifier(id),
                "clinicalStatus": concept(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", status, status.capitalized),
                "verificationStatus": concept(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed"),
                "type": .string(type), "criticality": .string(criticality), "code": substance,
                "patient": subject(recordNumber), "recordedDate": .string(recorded.iso), "reaction": [reaction],
            ])
    }

    public static func immunization(
        id: String, recordNumber: String, cvx: String, vaccine: String, given: LocalDate, doseNumber: Int?,
        seriesDoses: Int?, lot: String?, site: String?, siteCode: String? = nil, routeCode: String? = nil,
        status: String = "completed", sensitivity: Sensitivity = .normal
    ) -> Entry {
        var resource: JSONValue = [
            "resourceType": "Immunization", "id": .string(id), "identifier": identifier(id), "status": .string(status),
            "meta": meta(sensitivity),
            "vaccineCode": concept(CodeSystems.cvx, cvx, vaccine), "patient": subject(recordNumber),
            "occurrenceDateTime": .string(given.iso),
        ]
        if let lot { resource["lotNumber"] = .string(lot) }
        if let site {
            resource["site"] = ["text": .string(site)]
            if let siteCode {
                resource["site"]?["coding"] = [["system": .string(CodeSystems.actSite), "code": .string(siteCode)]]
            }
        }
        if let routeCode {
            resource["route"] = ["coding": [["system": .string(CodeSystems.routeOfAdministration), "code": .string(routeCode)]]]
        }
        if let doseNumber {
            var applied: JSONValue = ["doseNumberPositiveInt": .number(Double(doseNumber))]
            if let seriesDoses { applied["seriesDosesPositiveInt"] = .number(Double(seriesDoses)) }
            resource["protocolApplied"] = [applied]
        }
        return Entry(fullURL: "urn:uuid:\(id)", resource: resource)
    }

    public static func document(
        id: String, recordNumber: String, loinc: String, typeName: String, title: String, author: String, written: Date,
        encounter: String?, contentType: String = "text/plain", content: Data, docStatus: String = "final",
        sensitivity: Sensitivity = .normal, visit: String? = nil
    ) -> Entry {
        var resource: JSONValue = [
            "resourceType": "DocumentReference", "id": .string(id), "meta": meta(sensitivity),
            "identifier": identifier(id), "status": "current", "docStatus": .string(docStatus),
            "type": concept(CodeSystems.loinc, loinc, typeName), "subject": subject(recordNumber),
            "date": .string(instant(written)), "author": [["display": .string(author)]], "description": .string(title),
            "content": [["attachment": ["contentType": .string(contentType), "data": .string(content.base64EncodedString())]]],
        ]
        var context: JSONValue = [:]
        if let encounter { context["encounter"] = [["display": .string(encounter)]] }
        // The visit by identifier, as `appointment(id:)` names it.
        if let visit {
            context["related"] = [
                ["type": "Appointment", "identifier": ["system": .string(identifierSystem), "value": .string(visit)]]
            ]
        }
        if context != [:] { resource["context"] = context }
        return Entry(fullURL: "urn:uuid:\(id)", resource: resource)
    }
}
