import Foundation
import PortalCore
import PortalFHIR

/// A bundle with one of everything for one patient, which tests then spoil one field at a time.
enum SampleBundle {
    static let collected = Date(timeIntervalSince1970: 1_764_000_000)
    static let issued = collected.addingTimeInterval(3600)

    static var hemoglobin: FHIRBuilder.Entry {
        FHIRBuilder.labResult(
            id: "obs-hgb", recordNumber: "MRN1", loinc: "718-7", name: "Hemoglobin", value: 10.1, unit: "g/dL", low: 11.5,
            high: 15.5, interpretation: "L", collected: collected, issued: issued)
    }

    static func make() -> JSONValue {
        let hgb = hemoglobin
        return FHIRBuilder.bundle([
            FHIRBuilder.patient(recordNumber: "MRN1", name: "Test Child", birthDate: "2015-03-01"),
            hgb,
            FHIRBuilder.labReport(
                id: "rep-cbc", recordNumber: "MRN1", loinc: "58410-2", name: "Complete blood count", results: [hgb],
                collected: collected, issued: issued),
            FHIRBuilder.imagingReport(
                id: "img-1", recordNumber: "MRN1", loinc: "36643-5", name: "XR Chest 2 views", modality: "DX",
                bodySite: "Chest", findings: "The lungs are clear.", impression: "Normal chest.", performed: collected,
                issued: issued),
            FHIRBuilder.medication(
                id: "med-1", recordNumber: "MRN1", rxNorm: "307782", name: "Albuterol inhaler", dose: (2, "puffs"),
                instructions: "2 puffs every 4 hours as needed", prescriber: "Dr. Priya Patel",
                started: LocalDate(iso: "2025-01-10")!, refills: 3, pharmacy: "Corner Pharmacy"),
            FHIRBuilder.allergy(
                id: "alg-1", recordNumber: "MRN1", substance: FHIRBuilder.concept(CodeSystems.rxNorm, "7980", "Penicillin G"),
                reactions: ["Hives"], severity: "moderate", criticality: "high", recorded: LocalDate(iso: "2020-06-01")!),
            FHIRBuilder.immunization(
                id: "imm-1", recordNumber: "MRN1", cvx: "20", vaccine: "DTaP", given: LocalDate(iso: "2015-05-01")!,
                doseNumber: 1, seriesDoses: 5, lot: "A123", site: "Left thigh"),
            FHIRBuilder.document(
                id: "doc-1", recordNumber: "MRN1", loinc: "34133-9", typeName: "Summary of episode note",
                title: "After-visit summary", author: "Dr. Priya Patel", written: collected, encounter: "Clinic visit",
                contentType: "text/html", content: Data("<p class=\"intro\">Rest <b class=x>well</b> &amp; drink</p>".utf8)),
        ])
    }

    /// The sample with one resource changed: `entry` counts as in `Bundle.entry`.
    static func with(_ entry: Int, _ change: (inout JSONValue) -> Void) -> JSONValue {
        var bundle = make()
        var resource = bundle["entry"]![entry]!["resource"]!
        change(&resource)
        bundle["entry"]?[entry]?["resource"] = resource
        return bundle
    }
}
