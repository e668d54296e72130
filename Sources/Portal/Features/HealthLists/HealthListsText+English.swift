import PortalCore

extension HealthListsText {
    static let english = HealthListsText(
        medications: "Medications",
        allergies: "Allergies",
        immunizations: "Immunizations",
        medicationsFor: { name in "Medications for \(name)" },
        allergiesFor: { name in "Allergies for \(name)" },
        immunizationsFor: { name in "Immunizations for \(name)" },
        current: "Current",
        past: "Past",
        noMedications: "No medications are listed in this record.",
        noAllergies: "No allergies are recorded. If you know of one, tell the care team at the next visit.",
        noImmunizations: "No immunizations are recorded at this hospital.",
        dose: "Dose",
        instructions: "How to take it",
        prescriber: "Prescribed by",
        started: "Started",
        refills: "Refills allowed",
        pharmacy: "Pharmacy",
        medicationStatus: { code in
            switch code {
            case "active": "Active"
            case "on-hold": "On hold"
            case "completed": "Finished"
            case "stopped", "cancelled": "Stopped"
            default: "Not active"
            }
        },
        kind: "Type",
        reactions: "Reactions",
        severity: "Severity",
        recorded: "Recorded",
        highRisk: "High risk: a reaction could be life-threatening.",
        allergyType: { code in
            switch code {
            case "allergy": "Allergy"
            case "intolerance": "Intolerance"
            default: nil
            }
        },
        severityText: { code in
            switch code {
            case "mild": "Mild"
            case "moderate": "Moderate"
            default: "Severe"
            }
        },
        allergyStatus: { code in
            switch code {
            case "active": "Active"
            case "resolved": "Resolved"
            default: "Inactive"
            }
        },
        vaccine: "Vaccine",
        dateGiven: "Date given",
        doseNumber: "Dose",
        site: "Site",
        dosesGiven: "Doses and dates given",
        lot: "Lot",
        doseOf: { number, series in
            guard let series else { return number }
            return "\(number) of \(series)"
        },
        notGiven: "Not given",
        printRecord: "Immunization record for school (print)",
        printSummary: "Health summary (print)",
        confidential: "Confidential: only you and your care team can see this.",
        healthSummary: "Health summary",
        immunizationRecord: "Immunization record",
        patient: "Patient",
        dateOfBirth: "Date of birth",
        printedOn: "Printed on",
        issuedBy: "From",
        printHint: "Use your browser's Print command to print this page or save it as a PDF.",
        printButton: "Print",
        recordStatement: { hospital in
            "This record lists the vaccines given at or reported to \(hospital), as recorded in the patient's medical record."
        },
        noneActive: "None recorded."
    )
}
