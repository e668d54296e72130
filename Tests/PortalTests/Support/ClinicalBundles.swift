import Foundation
import PortalCore
import PortalFHIR

@testable import Portal

/// FHIR bundles for tests, written with the same builder as the demo data.
enum ClinicalBundles {
    /// A complete blood count of two values, collected `daysAgo` before `now`.
    static func bloodCount(
        for patient: Patient, id: String = "cbc-1", hemoglobin: Double = 10.1, status: String = "final",
        sensitivity: Sensitivity = .normal, reportSensitivity: Sensitivity? = nil, platelets: Double? = nil, now: Date,
        daysAgo: Double = 1, lastUpdated: Date? = nil
    ) -> JSONValue {
        let mrn = patient.medicalRecordNumber
        let collected = now.addingTimeInterval(-86_400 * daysAgo)
        let results =
            [
                FHIRBuilder.labResult(
                    id: "\(id)-hgb", recordNumber: mrn, loinc: "718-7", name: "Hemoglobin", value: hemoglobin, unit: "g/dL",
                    low: 11.5, high: 15.5, interpretation: hemoglobin < 11.5 ? "L" : "N", status: status, collected: collected,
                    issued: collected.addingTimeInterval(3600), sensitivity: sensitivity, lastUpdated: lastUpdated),
                FHIRBuilder.labResult(
                    id: "\(id)-wbc", recordNumber: mrn, loinc: "6690-2", name: "White blood cells", value: 7.2,
                    unit: "10*3/uL", low: 4.5, high: 13.5, collected: collected, issued: collected.addingTimeInterval(3600),
                    sensitivity: sensitivity, lastUpdated: lastUpdated),
            ]
            + (platelets.map {
                [
                    FHIRBuilder.labResult(
                        id: "\(id)-plt", recordNumber: mrn, loinc: "777-3", name: "Platelets", value: $0, unit: "10*3/uL",
                        low: 150, high: 450, collected: collected, issued: collected.addingTimeInterval(3600),
                        sensitivity: sensitivity, lastUpdated: lastUpdated)
                ]
            } ?? [])
        return FHIRBuilder.bundle(
            [FHIRBuilder.patient(recordNumber: mrn, name: patient.legalName, birthDate: patient.birthDate)] + results + [
                FHIRBuilder.labReport(
                    id: id, recordNumber: mrn, loinc: "58410-2", name: "Complete blood count", results: results,
                    collected: collected, issued: collected.addingTimeInterval(3600),
                    sensitivity: reportSensitivity ?? sensitivity)
            ])
    }

    /// A confidential test for an adolescent, on its own.
    static func confidentialResult(for patient: Patient, id: String = "ct-1", now: Date) -> JSONValue {
        let collected = now.addingTimeInterval(-86_400)
        return FHIRBuilder.bundle([
            FHIRBuilder.labResult(
                id: id, recordNumber: patient.medicalRecordNumber, loinc: "43304-5",
                name: "Chlamydia trachomatis rRNA", value: nil, text: "Not detected", collected: collected,
                issued: collected.addingTimeInterval(7200), sensitivity: .adolescentConfidential(.sexuallyTransmittedInfection))
        ]).withSubjectsByRecordNumber()
    }

    static func chestXRay(for patient: Patient, id: String? = nil, sensitivity: Sensitivity = .normal, now: Date) -> JSONValue {
        FHIRBuilder.bundle([
            FHIRBuilder.imagingReport(
                id: id ?? "cxr-\(patient.medicalRecordNumber)", recordNumber: patient.medicalRecordNumber, loinc: "36643-5",
                name: "XR Chest 2 Views", modality: "DX", bodySite: "Chest", findings: "The lungs are clear.",
                impression: "Normal chest.", performed: now.addingTimeInterval(-86_400 * 2),
                issued: now.addingTimeInterval(-86_400 * 2 + 3600), sensitivity: sensitivity)
        ]).withSubjectsByRecordNumber()
    }

    static func immunizations(for patient: Patient) -> JSONValue {
        FHIRBuilder.bundle([
            FHIRBuilder.immunization(
                id: "imm-dtap-1", recordNumber: patient.medicalRecordNumber, cvx: "20", vaccine: "DTaP",
                given: LocalDate(iso: "2020-05-01")!, doseNumber: 1, seriesDoses: 5, lot: "L1", site: "Left thigh")
        ]).withSubjectsByRecordNumber()
    }
}

extension JSONValue {
    /// Points every subject and patient at a record number instead of a Patient entry, as a
    /// feed that sends no Patient resources does.
    func withSubjectsByRecordNumber() -> JSONValue {
        var bundle = self
        guard case .array(let entries) = bundle["entry"] else { return bundle }
        bundle["entry"] = .array(
            entries.map { entry in
                var entry = entry
                for field in ["subject", "patient"] {
                    if case .string(let reference) = entry["resource"]?[field]?["reference"] {
                        let number = reference.replacingOccurrences(of: "urn:uuid:patient-", with: "")
                        entry["resource"]?[field] = ["identifier": ["value": .string(number)]]
                    }
                }
                return entry
            })
        return bundle
    }
}
