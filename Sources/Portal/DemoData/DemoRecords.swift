import Foundation
import PortalCore
import PortalFHIR

/// The demo family's health records, written as FHIR R4 bundles and loaded through the same
/// import as the EHR's feed. Mateo (14) has a confidential test, medicine and counseling
/// summary his parents must never see; Lucia's reproductive-health summary is not covered by
/// anything her mother holds; one note is restricted to staff.
enum DemoRecords {
    static let confidentialTitle = "Counseling visit summary"

    struct Child {
        let recordNumber: String
        let name: String
        let born: LocalDate
    }

    static func bundle(for child: Child, now: Date, zone: TimeZone) -> JSONValue {
        let today = LocalDate(now, in: zone)
        var entries = [FHIRBuilder.patient(recordNumber: child.recordNumber, name: child.name, birthDate: child.born.iso)]
        entries += DemoImmunizations.entries(recordNumber: child.recordNumber, born: child.born, today: today)
        entries += DemoAppointments.entries(recordNumber: child.recordNumber, now: now, zone: zone)
        switch child.recordNumber {
        case "MRN100001": entries += sofia(child, now: now, zone: zone)
        case "MRN100002": entries += mateo(child, now: now, zone: zone)
        case "MRN100003": entries += lucia(child, now: now, zone: zone)
        default:
            entries += DemoLabs.history(
                recordNumber: child.recordNumber, born: child.born, now: now, zone: zone, latestDaysAgo: 150, overrides: [])
        }
        return FHIRBuilder.bundle(entries)
    }

    private static func daysAgo(_ days: Double, _ now: Date) -> Date { now.addingTimeInterval(-86_400 * days) }

    private static func sofia(_ child: Child, now: Date, zone: TimeZone) -> [FHIRBuilder.Entry] {
        let mrn = child.recordNumber
        let today = LocalDate(now, in: zone)
        let wellVisit = child.born.adding(months: 60).adding(days: 3)
        let wellVisitDaysAgo = today.daysSinceEpoch - wellVisit.daysSinceEpoch
        var entries = DemoLabs.history(
            recordNumber: mrn, born: child.born, now: now, zone: zone, latestDaysAgo: wellVisitDaysAgo,
            overrides: [
                .init(loinc: "718-7", yearsAgo: 3, value: 10.2), .init(loinc: "787-2", yearsAgo: 3, value: 71),
                .init(loinc: "4544-3", yearsAgo: 3, value: 32.1),
            ])
        entries += DemoLabs.leadScreening(
            recordNumber: mrn, born: child.born, zone: zone, values: [(12, 2.1), (24, 4.1), (60, 1.8)])
        entries.append(
            DemoLabs.chestXRay(
                recordNumber: mrn, daysAgo: 730, now: now,
                findings:
                    "Patchy opacity in the right lower lobe. The heart size is normal. No pleural effusion. No pneumothorax.",
                impression: "Findings consistent with right lower lobe pneumonia."))
        entries += [
            FHIRBuilder.medication(
                id: "\(mrn)-med-cetirizine", recordNumber: mrn, rxNorm: nil, name: "Cetirizine 1 mg/mL oral solution",
                dose: (5, "mL"), instructions: "Give 5 mL by mouth once a day for allergies.", prescriber: "Dr. Priya Patel",
                started: today.adding(days: -200), refills: 5, pharmacy: "Lincoln Park Pharmacy"),
            FHIRBuilder.medication(
                id: "\(mrn)-med-epinephrine", recordNumber: mrn, rxNorm: nil, name: "Epinephrine 0.15 mg auto-injector",
                dose: (0.15, "mg"),
                instructions: "Inject into the outer thigh for a severe allergic reaction, then call 911.",
                prescriber: "Dr. Priya Patel", started: today.adding(days: -400), refills: 1,
                pharmacy: "Lincoln Park Pharmacy"),
            FHIRBuilder.medication(
                id: "\(mrn)-med-azithromycin", recordNumber: mrn, rxNorm: nil, name: "Azithromycin 200 mg/5 mL oral suspension",
                dose: (4, "mL"), instructions: "Give 4 mL by mouth once a day for 5 days.", prescriber: "Dr. Priya Patel",
                started: today.adding(days: -730), refills: 0, pharmacy: "Lincoln Park Pharmacy", status: "completed"),
            FHIRBuilder.allergy(
                id: "\(mrn)-alg-peanut", recordNumber: mrn,
                substance: FHIRBuilder.concept(CodeSystems.snomed, "256349002", "Peanut"), reactions: ["Hives", "Wheezing"],
                severity: "severe", criticality: "high", recorded: today.adding(days: -900)),
            document(
                mrn, "avs", loinc: "34133-9", title: "After-visit summary: 5-year well-child visit",
                author: "Dr. Priya Patel, Pediatrics", written: wellVisit.startOfDay(in: zone).addingTimeInterval(15 * 3600),
                encounter: "Well-child visit",
                text: """
                    Sofia is growing and developing well. Height and weight are on her usual curves.

                    Vaccines given today: DTaP, IPV, MMR and varicella boosters. A mild fever or a sore arm for a day or two is common; children's acetaminophen can help.

                    Next visit: the 6-year well-child check. Call us if you have questions about her reading readiness or sleep.
                    """),
            document(
                mrn, "school", loinc: "51852-2", title: "Return-to-school note", author: "Dr. Priya Patel, Pediatrics",
                written: daysAgo(12, now), encounter: "Sick visit",
                text: """
                    Sofia was seen in clinic for a viral illness. She may return to school tomorrow.

                    She has no restrictions on activity.
                    """),
        ]
        return entries
    }

    private static func mateo(_ child: Child, now: Date, zone: TimeZone) -> [FHIRBuilder.Entry] {
        let mrn = child.recordNumber
        let today = LocalDate(now, in: zone)
        var entries = DemoLabs.history(
            recordNumber: mrn, born: child.born, now: now, zone: zone, latestDaysAgo: 3,
            overrides: [
                .init(loinc: "6690-2", yearsAgo: 0, value: 14.8), .init(loinc: "2345-7", yearsAgo: 0, value: 104),
                .init(loinc: "2345-7", yearsAgo: 2, value: 101),
            ])
        let tested = daysAgo(9, now)
        entries.append(
            FHIRBuilder.labResult(
                id: "\(mrn)-ct-naat", recordNumber: mrn, loinc: "43304-5",
                name: "Chlamydia trachomatis rRNA, urine (NAA)", value: nil, text: "Not detected", collected: tested,
                issued: tested.addingTimeInterval(30 * 3600), sensitivity: .adolescentConfidential(.sexuallyTransmittedInfection))
        )
        entries.append(
            DemoLabs.chestXRay(
                recordNumber: mrn, daysAgo: 21, now: now,
                findings:
                    "The lungs are hyperinflated without focal consolidation. The heart size is normal. No pleural effusion or pneumothorax.",
                impression: "Hyperinflation, consistent with asthma. No pneumonia."))
        entries += [
            FHIRBuilder.medication(
                id: "\(mrn)-med-albuterol", recordNumber: mrn, rxNorm: "745679",
                name: "Albuterol 90 mcg/actuation inhaler", dose: (2, "puffs"),
                instructions: "Inhale 2 puffs every 4 hours as needed for cough or wheezing. Use with the spacer.",
                prescriber: "Dr. Priya Patel", started: today.adding(days: -21), refills: 2, pharmacy: "Lincoln Park Pharmacy"),
            FHIRBuilder.medication(
                id: "\(mrn)-med-fluticasone", recordNumber: mrn, rxNorm: nil, name: "Fluticasone 44 mcg/actuation inhaler",
                dose: (2, "puffs"),
                instructions: "Inhale 2 puffs twice a day, every day, even when well. Rinse your mouth after.",
                prescriber: "Dr. Priya Patel", started: today.adding(days: -21), refills: 5, pharmacy: "Lincoln Park Pharmacy"),
            FHIRBuilder.medication(
                id: "\(mrn)-med-sertraline", recordNumber: mrn, rxNorm: nil, name: "Sertraline 25 mg tablet", dose: (25, "mg"),
                instructions: "Take 1 tablet by mouth every morning.", prescriber: "Dr. Ana Ruiz, Adolescent Medicine",
                started: today.adding(days: -9), refills: 1, pharmacy: "Lincoln Park Pharmacy",
                sensitivity: .adolescentConfidential(.mentalHealth)),
            // A controlled substance: the hospital renews it only after talking with the family.
            FHIRBuilder.medication(
                id: "\(mrn)-med-methylphenidate", recordNumber: mrn, rxNorm: nil, name: "Methylphenidate 10 mg tablet",
                dose: (10, "mg"), instructions: "Take 1 tablet by mouth every school-day morning.",
                prescriber: "Dr. Priya Patel", started: today.adding(days: -120), refills: 0, pharmacy: "Lincoln Park Pharmacy",
                renewableThroughPortal: false),
            FHIRBuilder.allergy(
                id: "\(mrn)-alg-penicillin", recordNumber: mrn,
                substance: FHIRBuilder.concept(CodeSystems.rxNorm, "7980", "Penicillin G"), reactions: ["Rash"],
                severity: "moderate", criticality: "low", recorded: today.adding(days: -3000)),
            FHIRBuilder.allergy(
                id: "\(mrn)-alg-dust", recordNumber: mrn,
                substance: FHIRBuilder.concept(CodeSystems.snomed, "260147004", "House dust mite"),
                type: "allergy", reactions: ["Sneezing", "Itchy eyes"], severity: "mild", criticality: "low",
                recorded: today.adding(days: -1500)),
            document(
                mrn, "sports", loinc: "11506-3", title: "Sports physical", author: "Dr. Priya Patel, Pediatrics",
                written: daysAgo(75, now), encounter: "Sports physical",
                text: """
                    Mateo is cleared for full participation in soccer this season.

                    Heart and lung examination were normal. Vision 20/20 in both eyes. Keep drinking water during practice.
                    """),
            document(
                mrn, "avs", loinc: "34133-9", title: "After-visit summary: asthma flare", author: "Dr. Priya Patel, Pediatrics",
                written: daysAgo(21, now), encounter: "Sick visit", contentType: "text/html",
                text: """
                    <h1>Asthma action plan</h1>
                    <p>Your chest X-ray showed no pneumonia. Your cough and wheezing are from an <strong>asthma flare</strong>.</p>
                    <ul>
                    <li>Use the fluticasone inhaler twice a day, every day.</li>
                    <li>Use albuterol when you cough or wheeze, up to every 4 hours.</li>
                    <li>Come back or call if you need albuterol more often than every 4 hours.</li>
                    </ul>
                    <p>Go to the emergency department if you have trouble speaking because of breathing.</p>
                    """),
            document(
                mrn, "school", loinc: "51852-2", title: "Return-to-school note", author: "Dr. Priya Patel, Pediatrics",
                written: daysAgo(20, now), encounter: "Sick visit",
                text: """
                    Mateo was seen for an asthma flare. He may return to school tomorrow and may carry his inhaler.

                    He may return to soccer practice in three days.
                    """),
            document(
                mrn, "counseling", loinc: "11506-3", title: confidentialTitle,
                author: "Jordan Ellis, LCSW, Adolescent Medicine", written: daysAgo(9, now), encounter: "Counseling visit",
                text: """
                    We talked about stress at school and trouble sleeping. You chose to keep meeting every two weeks.

                    Try the breathing exercise we practiced before bed, and keep screens out of the bedroom after 10 pm.

                    If you ever feel unsafe, call or text 988 at any hour.
                    """, sensitivity: .adolescentConfidential(.mentalHealth)),
            document(
                mrn, "care-team", loinc: "11506-3", title: "Care team note", author: "Dr. Priya Patel, Pediatrics",
                written: daysAgo(30, now), encounter: nil,
                text: "Note about information shared by a third party.", sensitivity: .restricted),
        ]
        return entries
    }

    private static func lucia(_ child: Child, now: Date, zone: TimeZone) -> [FHIRBuilder.Entry] {
        let mrn = child.recordNumber
        let today = LocalDate(now, in: zone)
        var entries = DemoLabs.history(
            recordNumber: mrn, born: child.born, now: now, zone: zone, latestDaysAgo: 200,
            overrides: [.init(loinc: "2823-3", yearsAgo: 2, value: 3.2)])
        entries.append(
            DemoLabs.chestXRay(
                recordNumber: mrn, daysAgo: 400, now: now,
                findings: "The lungs are clear. The heart and mediastinum are normal. No pleural effusion. The bones are normal.",
                impression: "Normal chest."))
        entries += [
            FHIRBuilder.medication(
                id: "\(mrn)-med-ibuprofen", recordNumber: mrn, rxNorm: nil, name: "Ibuprofen 400 mg tablet", dose: (400, "mg"),
                instructions: "Take 1 tablet by mouth every 8 hours as needed for ankle pain, with food.",
                prescriber: "Dr. Sam Okafor, Sports Medicine", started: today.adding(days: -20), refills: 0,
                pharmacy: "Campus Pharmacy"),
            FHIRBuilder.allergy(
                id: "\(mrn)-alg-latex", recordNumber: mrn,
                substance: FHIRBuilder.concept(CodeSystems.snomed, "111088007", "Latex"), reactions: ["Itchy rash"],
                severity: "mild", criticality: "low", recorded: today.adding(days: -2000)),
            document(
                mrn, "avs", loinc: "34133-9", title: "After-visit summary: ankle sprain",
                author: "Dr. Sam Okafor, Sports Medicine", written: daysAgo(20, now), encounter: "Sports medicine visit",
                text: """
                    You sprained your right ankle. No bones are broken.

                    Rest, ice for 20 minutes a few times a day, compression and elevation. Start the home exercises in three days.
                    """),
            document(
                mrn, "school", loinc: "51852-2", title: "Return-to-school note", author: "Dr. Sam Okafor, Sports Medicine",
                written: daysAgo(19, now), encounter: "Sports medicine visit",
                text: """
                    Lucia may attend classes. She should use crutches for one week and skip physical education for three weeks.
                    """),
            document(
                mrn, "reproductive", loinc: "34133-9", title: "Reproductive health visit summary",
                author: "Dr. Ana Ruiz, Adolescent and Young Adult Medicine", written: daysAgo(50, now), encounter: nil,
                text: "We reviewed your contraception options and you chose to continue your current method.",
                sensitivity: .adolescentConfidential(.contraception)),
        ]
        return entries
    }

    private static func document(
        _ mrn: String, _ key: String, loinc: String, title: String, author: String, written: Date, encounter: String?,
        contentType: String = "text/plain", text: String, sensitivity: Sensitivity = .normal
    ) -> FHIRBuilder.Entry {
        FHIRBuilder.document(
            id: "\(mrn)-doc-\(key)", recordNumber: mrn, loinc: loinc, typeName: title, title: title, author: author,
            written: written, encounter: encounter, contentType: contentType, content: Data(text.utf8), sensitivity: sensitivity)
    }
}
