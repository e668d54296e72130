import Foundation
import PortalCore
import PortalFHIR
import PortalRecord

/// The portal's records as FHIR R4 resources, following US Core's required elements: what
/// an app reads. Pure functions of items the access policy already let through; each names
/// its patient by reference and nothing else about anyone.
enum FHIRResources {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    static func reference(_ type: String, _ uuid: UUID) -> JSONValue { ["reference": .string("\(type)/\(id(uuid))")] }

    static func instant(_ date: Date) -> JSONValue { .string(date.formatted(.iso8601)) }

    /// A concept with its coding when both system and code are known, and always its text.
    static func concept(system: String?, code: String?, text: String, display: Bool = true) -> JSONValue {
        var value: [String: JSONValue] = ["text": .string(text)]
        if let system, let code, !system.isEmpty, !code.isEmpty {
            var coding: [String: JSONValue] = ["system": .string(system), "code": .string(code)]
            if display { coding["display"] = .string(text) }
            value["coding"] = [.object(coding)]
        }
        return .object(value)
    }

    static func coding(_ system: String, _ code: String, _ display: String? = nil) -> JSONValue {
        var value: [String: JSONValue] = ["system": .string(system), "code": .string(code)]
        if let display { value["display"] = .string(display) }
        return ["coding": [.object(value)]]
    }

    static func profile(_ name: String) -> JSONValue {
        ["profile": [.string("http://hl7.org/fhir/us/core/StructureDefinition/\(name)")]]
    }

    // MARK: Patient

    static func patient(_ patient: Patient, recordNumberSystem: String) -> JSONValue {
        let parts = PersonName(patient.legalName)
        var name: [String: JSONValue] = [
            "use": "official", "text": .string(patient.legalName), "family": .string(parts.family),
        ]
        if !parts.given.isEmpty { name["given"] = .array(parts.given.map(JSONValue.string)) }
        var names: [JSONValue] = [.object(name)]
        if let preferred = patient.preferredName, preferred != patient.legalName {
            names.append(["use": "usual", "text": .string(preferred)])
        }
        let gender = ["male", "female", "other", "unknown"].contains(patient.sex) ? patient.sex : "unknown"
        return [
            "resourceType": "Patient",
            "id": .string(id(patient.id!)),
            "meta": profile("us-core-patient"),
            "identifier": [
                [
                    "use": "usual",
                    "type": coding(CodeSystems.v2IdentifierType, "MR", "Medical record number"),
                    "system": .string(recordNumberSystem),
                    "value": .string(patient.medicalRecordNumber),
                ]
            ],
            "active": true,
            "name": .array(names),
            "gender": .string(gender),
            "birthDate": .string(patient.birthDate),
            "address": [["use": "home", "postalCode": .string(patient.zipCode), "country": "US"]],
            "communication": [
                ["language": coding("urn:ietf:bcp:47", patient.preferredLanguage), "preferred": true]
            ],
        ]
    }

    // MARK: Laboratory

    static let labCategory: JSONValue = [
        "coding": [
            [
                "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory",
                "display": "Laboratory",
            ]
        ],
        "text": "Laboratory",
    ]

    /// The interpretation codes of v3-ObservationInterpretation the import keeps as codes.
    static let interpretationCodes: Set<String> = [
        "A", "AA", "H", "HH", "HU", "L", "LL", "LU", "N", "NEG", "POS", "IND", "DET", "ND", "R", "S", "I", "W", "B", "U", "D",
        "<", ">",
    ]

    static func observation(_ result: LabResult) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": "Observation",
            "id": .string(id(result.id)),
            "meta": profile("us-core-observation-lab"),
            "status": .string(result.status),
            "category": [labCategory],
            "code": concept(system: result.codeSystem, code: result.code, text: result.name),
            "subject": reference("Patient", result.patientID),
            "effectiveDateTime": instant(result.collectedAt),
        ]
        if let issued = result.issuedAt { resource["issued"] = instant(issued) }
        switch result.valueKind {
        case "quantity":
            if let number = result.valueNumber {
                var quantity: [String: JSONValue] = ["value": .number(number)]
                if let comparator = result.valueComparator { quantity["comparator"] = .string(comparator) }
                if let unit = result.unit, !unit.isEmpty { quantity["unit"] = .string(unit) }
                resource["valueQuantity"] = .object(quantity)
            }
        case "text":
            if let text = result.valueText { resource["valueString"] = .string(text) }
        case "coded":
            if let text = result.valueText { resource["valueCodeableConcept"] = ["text": .string(text)] }
        default: break
        }
        if resource["valueQuantity"] == nil, resource["valueString"] == nil, resource["valueCodeableConcept"] == nil {
            resource["dataAbsentReason"] = coding(
                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown")
        }
        if let interpretation = result.interpretation {
            resource["interpretation"] = [
                interpretationCodes.contains(interpretation)
                    ? coding(CodeSystems.interpretation, interpretation) : ["text": .string(interpretation)]
            ]
        }
        var range: [String: JSONValue] = [:]
        if let low = result.rangeLow { range["low"] = quantity(low, unit: result.unit) }
        if let high = result.rangeHigh { range["high"] = quantity(high, unit: result.unit) }
        if let text = result.rangeText { range["text"] = .string(text) }
        if !range.isEmpty { resource["referenceRange"] = [.object(range)] }
        if let note = result.note { resource["note"] = [["text": .string(note)]] }
        return .object(resource)
    }

    private static func quantity(_ value: Double, unit: String?) -> JSONValue {
        var quantity: [String: JSONValue] = ["value": .number(value)]
        if let unit, !unit.isEmpty { quantity["unit"] = .string(unit) }
        return .object(quantity)
    }

    static func diagnosticReport(_ report: LabReport, results: [UUID]) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": "DiagnosticReport",
            "id": .string(id(report.id)),
            "meta": profile("us-core-diagnosticreport-lab"),
            "status": .string(report.status),
            "category": [coding(CodeSystems.v2DiagnosticService, "LAB", "Laboratory")],
            "code": concept(system: report.codeSystem, code: report.code, text: report.name),
            "subject": reference("Patient", report.patientID),
            "effectiveDateTime": instant(report.collectedAt),
        ]
        if let issued = report.issuedAt { resource["issued"] = instant(issued) }
        if !results.isEmpty { resource["result"] = .array(results.map { reference("Observation", $0) }) }
        if let conclusion = report.conclusion { resource["conclusion"] = .string(conclusion) }
        return .object(resource)
    }

    // MARK: Lists

    static let medicationStatuses: Set<String> = [
        "active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown",
    ]

    static func medicationRequest(_ medication: Medication) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": "MedicationRequest",
            "id": .string(id(medication.id)),
            "meta": profile("us-core-medicationrequest"),
            "status": .string(medicationStatuses.contains(medication.status) ? medication.status : "unknown"),
            "intent": "order",
            "medicationCodeableConcept": concept(system: medication.codeSystem, code: medication.code, text: medication.name),
            "subject": reference("Patient", medication.patientID),
        ]
        if let started = medication.startedOn { resource["authoredOn"] = .string(started) }
        if let prescriber = medication.prescriber { resource["requester"] = ["display": .string(prescriber)] }
        let dosage = [medication.dose, medication.instructions].compactMap { $0 }.joined(separator: " · ")
        if !dosage.isEmpty { resource["dosageInstruction"] = [["text": .string(dosage)]] }
        if let refills = medication.refills, refills >= 0 {
            resource["dispenseRequest"] = ["numberOfRepeatsAllowed": .number(Double(refills))]
        }
        return .object(resource)
    }

    static func allergyIntolerance(_ allergy: Allergy) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": "AllergyIntolerance",
            "id": .string(id(allergy.id)),
            "meta": profile("us-core-allergyintolerance"),
            "code": concept(system: allergy.codeSystem, code: allergy.code, text: allergy.substance),
            "patient": reference("Patient", allergy.patientID),
        ]
        if ["active", "inactive", "resolved"].contains(allergy.clinicalStatus) {
            resource["clinicalStatus"] = coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", allergy.clinicalStatus)
        }
        if let verification = allergy.verificationStatus, ["unconfirmed", "confirmed", "refuted"].contains(verification) {
            resource["verificationStatus"] = coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", verification)
        }
        if let type = allergy.allergyType, ["allergy", "intolerance"].contains(type) { resource["type"] = .string(type) }
        if let criticality = allergy.criticality, ["low", "high", "unable-to-assess"].contains(criticality) {
            resource["criticality"] = .string(criticality)
        }
        if let recorded = allergy.recordedOn { resource["recordedDate"] = .string(recorded) }
        let manifestations = allergy.reactions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if !manifestations.isEmpty {
            var reaction: [String: JSONValue] = [
                "manifestation": .array(manifestations.map { ["text": .string($0)] })
            ]
            if let severity = allergy.severity, ["mild", "moderate", "severe"].contains(severity) {
                reaction["severity"] = .string(severity)
            }
            resource["reaction"] = [.object(reaction)]
        }
        return .object(resource)
    }

    static func immunization(_ immunization: Immunization) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": "Immunization",
            "id": .string(id(immunization.id)),
            "meta": profile("us-core-immunization"),
            "status": .string(
                ["completed", "not-done", "entered-in-error"].contains(immunization.status) ? immunization.status : "completed"),
            "vaccineCode": concept(system: immunization.codeSystem, code: immunization.code, text: immunization.vaccine),
            "patient": reference("Patient", immunization.patientID),
            "occurrenceDateTime": .string(immunization.givenOn),
        ]
        if let lot = immunization.lotNumber { resource["lotNumber"] = .string(lot) }
        if let site = immunization.site { resource["site"] = ["text": .string(site.english)] }
        if let route = immunization.route { resource["route"] = ["text": .string(route.english)] }
        if let dose = immunization.doseNumber {
            var applied: [String: JSONValue] = ["doseNumberString": .string(dose)]
            if let series = immunization.seriesDoses, series > 0 {
                applied["seriesDosesPositiveInt"] = .number(Double(series))
            }
            resource["protocolApplied"] = [.object(applied)]
        }
        return .object(resource)
    }

    // MARK: Documents and visits

    static let noteCategory = coding(CodeSystems.documentCategory, "clinical-note", "Clinical Note")

    static func documentReference(_ document: ClinicalDocument, fhirBase: String) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": "DocumentReference",
            "id": .string(id(document.id)),
            "meta": profile("us-core-documentreference"),
            "status": .string(document.status),
            "type": concept(
                system: document.typeCode.isEmpty ? nil : CodeSystems.loinc, code: document.typeCode, text: document.title,
                display: false),
            "category": [noteCategory],
            "subject": reference("Patient", document.patientID),
            "date": instant(document.writtenAt),
            "description": .string(document.title),
            "content": [
                [
                    "attachment": [
                        "contentType": .string(document.contentType ?? "text/plain"),
                        "url": .string("\(fhirBase)/Binary/\(id(document.id))"),
                        "title": .string(document.title),
                    ]
                ]
            ],
            "context": ["period": ["start": instant(document.writtenAt)]],
        ]
        if let status = document.documentStatus { resource["docStatus"] = .string(status) }
        if !document.author.isEmpty { resource["author"] = [["display": .string(document.author)]] }
        return .object(resource)
    }

    static func appointment(_ appointment: Appointment) -> JSONValue {
        let statuses: Set<String> = [
            "proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error", "checked-in",
            "waitlist",
        ]
        let department = appointment.department.nameEnglish
        var participants: [JSONValue] = [
            ["actor": reference("Patient", appointment.patientID), "status": "accepted", "required": "required"],
            ["actor": ["display": .string(department)], "status": "accepted"],
        ]
        if let clinician = appointment.clinician {
            participants.append(["actor": ["display": .string(clinician)], "status": "accepted"])
        }
        var resource: [String: JSONValue] = [
            "resourceType": "Appointment",
            "id": .string(id(appointment.id)),
            "status": .string(statuses.contains(appointment.status) ? appointment.status : "booked"),
            "serviceType": [["text": .string(department)]],
            "description": .string(appointment.visitType ?? department),
            "start": instant(appointment.start),
            "end": instant(appointment.end),
            "participant": .array(participants),
        ]
        if appointment.isVideo {
            resource["appointmentType"] = ["text": "Video visit"]
        }
        if let instruction = appointment.patientInstruction { resource["patientInstruction"] = .string(instruction) }
        return .object(resource)
    }
}
