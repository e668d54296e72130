import Foundation
import PortalCore
import Testing

@testable import PortalFHIR

@Suite("Reading FHIR R4 bundles")
struct BundleReaderTests {
    @Test("A bundle with one of each resource reads into the portal's records")
    func readsEverything() throws {
        let bundle = try BundleReader.read(SampleBundle.make())
        #expect(bundle.patients == ["MRN1"])
        let result = try #require(bundle.labResults.first)
        #expect(result.header.recordNumber == "MRN1")
        #expect(result.header.sourceKey == "\(FHIRBuilder.identifierSystem)|obs-hgb")
        #expect(result.test == CodedConcept(system: CodeSystems.loinc, code: "718-7", name: "Hemoglobin"))
        #expect(result.value == .quantity(10.1, comparator: nil))
        #expect(result.unit == "g/dL" && result.rangeLow == 11.5 && result.rangeHigh == 15.5)
        #expect(result.interpretation == "L" && result.status == "final")
        #expect(result.reportKey == bundle.labReports.first?.header.sourceKey)
        #expect(result.collectedAt == .instant(SampleBundle.collected))

        let imaging = try #require(bundle.imagingReports.first)
        #expect(imaging.modality == "DX" && imaging.bodySite == "Chest")
        #expect(imaging.findings == "The lungs are clear." && imaging.impression == "Normal chest.")

        let medication = try #require(bundle.medications.first)
        #expect(medication.medication.code == "307782" && medication.dose == "2 puffs" && medication.refills == 3)
        #expect(medication.pharmacy == "Corner Pharmacy" && medication.prescriber == "Dr. Priya Patel")
        #expect(medication.startedOn == .day(LocalDate(iso: "2025-01-10")!))

        let allergy = try #require(bundle.allergies.first)
        #expect(allergy.substance.name == "Penicillin G" && allergy.reactions == ["Hives"])
        #expect(allergy.severity == "moderate" && allergy.criticality == "high" && allergy.clinicalStatus == "active")

        let immunization = try #require(bundle.immunizations.first)
        #expect(immunization.vaccine.code == "20" && immunization.doseNumber == "1" && immunization.seriesDoses == 5)
        #expect(immunization.givenOn == .day(LocalDate(iso: "2015-05-01")!) && immunization.lotNumber == "A123")

        let document = try #require(bundle.documents.first)
        #expect(document.title == "After-visit summary" && document.encounter == "Clinic visit")
        #expect(document.content == .html("<p>Rest <b>well</b> &amp; drink</p>"))
        #expect(bundle.recordCount == 7)
    }

    @Test("A document names its visit by an Appointment of the bundle or by the visit's identifier")
    func documentVisit() throws {
        let appointment = FHIRBuilder.appointment(
            id: "visit-1", recordNumber: "MRN1", departmentCode: "PEDS", clinician: nil, start: SampleBundle.collected,
            minutes: 30)
        let byReference = SampleBundle.with(7) { $0["context"] = ["related": [["reference": "urn:uuid:visit-1"]]] }
            .appending(["fullUrl": "urn:uuid:visit-1", "resource": appointment.resource])
            .appending(["fullUrl": "urn:uuid:location-PEDS", "resource": FHIRBuilder.location(code: "PEDS", name: "P").resource])
        let read = try BundleReader.read(byReference)
        #expect(read.documents.first?.visitKey == "\(FHIRBuilder.identifierSystem)|visit-1")
        let byIdentifier = SampleBundle.with(7) {
            $0["context"] = [
                "related": [
                    ["reference": "Practitioner/someone"],
                    ["type": "Appointment", "identifier": ["system": "urn:ehr", "value": "A-77"]],
                ]
            ]
        }
        #expect(try BundleReader.read(byIdentifier).documents.first?.visitKey == "urn:ehr|A-77")
        #expect(try BundleReader.read(SampleBundle.make()).documents.first?.visitKey == nil)
    }

    @Test("meta.security labels become the policy's sensitivity labels")
    func securityLabels() throws {
        func label(_ security: JSONValue) throws -> String {
            let bundle = try BundleReader.read(SampleBundle.with(1) { $0["meta"] = ["security": security] })
            return bundle.labResults[0].header.sensitivity
        }
        let confidentiality = JSONValue.string(CodeSystems.confidentiality)
        let act = JSONValue.string(CodeSystems.actCode)
        #expect(try label([]) == "normal")
        #expect(try label([["system": confidentiality, "code": "N"]]) == "normal")
        #expect(try label([["system": confidentiality, "code": "V"]]) == "restricted")
        #expect(try label([["system": confidentiality, "code": "R"], ["system": act, "code": "MH"]]) == "mental_health")
        #expect(try label([["system": confidentiality, "code": "R"], ["system": act, "code": "SEX"]]) == "reproductive_health")
        #expect(try label([["system": act, "code": "ETH"]]) == "substance_use")
        #expect(try label([["system": confidentiality, "code": "R"]]) == "marked_confidential")
        // Very restricted wins over a category.
        #expect(try label([["system": confidentiality, "code": "V"], ["system": act, "code": "HIV"]]) == "restricted")
        // A purpose-of-use label changes nothing.
        #expect(try label([["system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST"]]) == "normal")
    }

    @Test(
        "Every spelling of the confidentiality and sensitivity systems reads alike",
        arguments: [
            ("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "http://terminology.hl7.org/CodeSystem/v3-ActCode"),
            ("http://hl7.org/fhir/v3/Confidentiality", "http://hl7.org/fhir/v3/ActCode"),
            ("urn:oid:2.16.840.1.113883.5.25", "urn:oid:2.16.840.1.113883.5.4"),
        ])
    func labelSpellings(confidentiality: String, actCode: String) throws {
        func label(_ security: JSONValue) throws -> String {
            try BundleReader.read(SampleBundle.with(1) { $0["meta"] = ["security": security] }).labResults[0].header
                .sensitivity
        }
        let system = JSONValue.string(confidentiality)
        let act = JSONValue.string(actCode)
        #expect(try label([["system": system, "code": "V"]]) == "restricted")
        #expect(try label([["system": system, "code": "R"]]) == "marked_confidential")
        #expect(try label([["system": system, "code": "N"]]) == "normal")
        #expect(try label([["system": act, "code": "HIV"]]) == "hiv")
        #expect(try label([["system": act, "code": "42CFRPart2"]]) == "substance_use")
        #expect(try label([["system": act, "code": "HIPAAPsyNotes"]]) == "mental_health")
    }

    @Test("A label without a system, or from a system the portal does not read, refuses the bundle")
    func unreadableLabels() throws {
        let noSystem = SampleBundle.with(1) { $0["meta"] = ["security": [["code": "R"]]] }
        #expect(throws: BundleProblem.self) { try BundleReader.read(noSystem) }
        #expect(problem(noSystem)?.field == "meta.security[0].system")
        let unknown = SampleBundle.with(1) {
            $0["meta"] = [
                "security": [
                    ["system": .string(CodeSystems.confidentiality), "code": "N"],
                    ["system": "http://example.org/our-labels", "code": "teen-only"],
                ]
            ]
        }
        #expect(throws: BundleProblem.self) { try BundleReader.read(unknown) }
        #expect(problem(unknown)?.field == "meta.security[1].system")
        // Handling labels (purpose of use, obligations) are read and change nothing.
        for system in ["urn:oid:2.16.840.1.113883.5.8", "http://terminology.hl7.org/CodeSystem/v3-ObservationValue"] {
            let handling = SampleBundle.with(1) {
                $0["meta"] = ["security": [["system": .string(system), "code": "NOREDISCLOSE"]]]
            }
            #expect(try BundleReader.read(handling).labResults[0].header.sensitivity == "normal")
        }
    }

    @Test("A sensitivity the portal has no rule for is refused, not guessed")
    func unknownSensitivity() {
        let bundle = SampleBundle.with(1) {
            $0["meta"] = ["security": [["system": .string(CodeSystems.actCode), "code": "GDIS"]]]
        }
        #expect(throws: BundleProblem.self) { try BundleReader.read(bundle) }
        #expect(problem(bundle)?.field == "meta.security[0].code")
    }

    @Test("Observations that are not laboratory results are passed over")
    func otherObservations() throws {
        let bundle = SampleBundle.with(1) {
            $0["category"] = [
                FHIRBuilder.concept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital signs")
            ]
        }
        #expect(try BundleReader.read(bundle).labResults.isEmpty)
    }

    @Test("A collection bundle and a batch bundle read like a transaction")
    func bundleTypes() throws {
        for type in ["collection", "batch"] {
            var bundle = SampleBundle.make()
            bundle["type"] = .string(type)
            #expect(try BundleReader.read(bundle).recordCount == 7)
        }
    }

    @Test("Subjects can be given by record number instead of a reference")
    func subjectByIdentifier() throws {
        let mixed = SampleBundle.with(1) { $0["subject"] = ["identifier": ["value": "MRN9"]] }
        #expect(problem(mixed)?.description.contains("lists a result of another patient") == true)
        let bundle = SampleBundle.with(4) { $0["subject"] = ["identifier": ["value": "MRN9"]] }
        #expect(try BundleReader.read(bundle).medications[0].header.recordNumber == "MRN9")
    }

    @Test("The bytes of a real JSON file are read, and text that is not JSON is refused")
    func fromData() throws {
        #expect(try BundleReader.read(SampleBundle.make().encoded()).recordCount == 7)
        #expect(problem(Data("<Bundle/>".utf8))?.description == "Bundle: is not JSON: not a JSON value at byte 0")
    }
}

func problem(_ bundle: JSONValue) -> BundleProblem? {
    do {
        _ = try BundleReader.read(bundle)
        return nil
    } catch {
        return error
    }
}

func problem(_ data: Data) -> BundleProblem? {
    do {
        _ = try BundleReader.read(data)
        return nil
    } catch {
        return error
    }
}

@Suite("Record numbers under the hospital's own identifier system")
struct RecordNumberSystemTests {
    static let epic = "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14"

    /// The sample with its Patient identified as Epic sends it: the MRN under the hospital's
    /// OID with no type, beside another identifier that is typed MR but is not this hospital's.
    static func epicStyle() -> JSONValue {
        SampleBundle.with(0) {
            $0["identifier"] = [
                ["system": .string(epic), "value": "MRN1"],
                [
                    "type": ["coding": [["system": .string(CodeSystems.v2IdentifierType), "code": "MR"]]],
                    "system": "urn:oid:2.16.840.1.113883.3.9999.77", "value": "OTHER-9",
                ],
            ]
        }
    }

    @Test("The configured system decides; without it, the identifier typed MR")
    func configuredSystem() throws {
        let bundle = Self.epicStyle()
        #expect(try BundleReader.read(bundle, recordNumberSystem: Self.epic).labResults[0].header.recordNumber == "MRN1")
        // Not configured: the identifier typed MR is taken, whatever its system.
        #expect(try BundleReader.read(bundle).labResults[0].header.recordNumber == "OTHER-9")
        // Configured: an identifier typed MR without a system is the fallback; one in another
        // hospital's system is not ours, and the bundle is refused.
        let untyped = SampleBundle.with(0) {
            $0["identifier"] = [
                ["type": ["coding": [["system": .string(CodeSystems.v2IdentifierType), "code": "MR"]]], "value": "MRN1"]
            ]
        }
        #expect(try BundleReader.read(untyped, recordNumberSystem: Self.epic).labResults.count == 1)
        #expect(throws: BundleProblem.self) { try BundleReader.read(SampleBundle.make(), recordNumberSystem: Self.epic) }
    }

    @Test("A subject named by identifier in another hospital's system is refused")
    func otherSystemRefused() throws {
        func naming(_ subject: JSONValue) -> JSONValue {
            var bundle = Self.epicStyle()
            var result = bundle["entry"]![1]!["resource"]!
            result["subject"] = subject
            bundle["entry"]?[1]?["resource"] = result
            return bundle
        }
        let other = naming(["identifier": ["system": "urn:oid:9.9.9", "value": "MRN1"]])
        #expect(throws: BundleProblem.self) { try BundleReader.read(other, recordNumberSystem: Self.epic) }
        let ours = naming(["identifier": ["system": .string(Self.epic), "value": "MRN1"]])
        #expect(try BundleReader.read(ours, recordNumberSystem: Self.epic).labResults[0].header.recordNumber == "MRN1")
    }
}
