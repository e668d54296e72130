import Foundation
import PortalCore
import PortalFHIR

/// Laboratory history for a demo child: a complete blood count and a basic metabolic panel
/// at each yearly check-up from age 1, with the abnormal values a pediatrician would
/// recognize, and the extra tests the story needs.
enum DemoLabs {
    struct Analyte {
        let loinc: String
        let name: String
        /// UCUM, as the laboratory codes it.
        let unit: String
        let low: Double
        let high: Double
        /// Typical value, and how far values wander around it.
        let typical: Double
        let spread: Double
        let decimals: Int
    }

    static let bloodCount = [
        Analyte(loinc: "718-7", name: "Hemoglobin", unit: "g/dL", low: 11.5, high: 15.5, typical: 12.8, spread: 0.8, decimals: 1),
        Analyte(loinc: "4544-3", name: "Hematocrit", unit: "%", low: 34, high: 45, typical: 38.5, spread: 2.5, decimals: 1),
        Analyte(
            loinc: "6690-2", name: "White blood cells", unit: "10*3/uL", low: 4.5, high: 13.5, typical: 8.2, spread: 2,
            decimals: 1),
        Analyte(loinc: "777-3", name: "Platelets", unit: "10*3/uL", low: 150, high: 450, typical: 290, spread: 60, decimals: 0),
        Analyte(loinc: "787-2", name: "MCV", unit: "fL", low: 75, high: 95, typical: 84, spread: 4, decimals: 0),
    ]

    static let metabolicPanel = [
        Analyte(loinc: "2951-2", name: "Sodium", unit: "mmol/L", low: 135, high: 145, typical: 139, spread: 2, decimals: 0),
        Analyte(loinc: "2823-3", name: "Potassium", unit: "mmol/L", low: 3.5, high: 5.1, typical: 4.2, spread: 0.3, decimals: 1),
        Analyte(loinc: "2075-0", name: "Chloride", unit: "mmol/L", low: 98, high: 107, typical: 102, spread: 2, decimals: 0),
        Analyte(loinc: "2028-9", name: "Carbon dioxide", unit: "mmol/L", low: 20, high: 28, typical: 24, spread: 2, decimals: 0),
        Analyte(loinc: "3094-0", name: "Urea nitrogen", unit: "mg/dL", low: 5, high: 18, typical: 11, spread: 3, decimals: 0),
        Analyte(loinc: "2160-0", name: "Creatinine", unit: "mg/dL", low: 0.3, high: 0.9, typical: 0.55, spread: 0.1, decimals: 2),
        Analyte(loinc: "2345-7", name: "Glucose", unit: "mg/dL", low: 70, high: 99, typical: 86, spread: 7, decimals: 0),
        Analyte(loinc: "17861-6", name: "Calcium", unit: "mg/dL", low: 8.8, high: 10.8, typical: 9.7, spread: 0.3, decimals: 1),
    ]

    /// A value the story fixes: this test, in the panel drawn this many years ago.
    struct Override {
        let loinc: String
        let yearsAgo: Int
        let value: Double
    }

    /// One CBC and one BMP a year on the child's check-up, the latest `latestDaysAgo` days
    /// ago, back to age 1.
    static func history(
        recordNumber: String, born: LocalDate, now: Date, zone: TimeZone, latestDaysAgo: Int, overrides: [Override]
    ) -> [FHIRBuilder.Entry] {
        var entries: [FHIRBuilder.Entry] = []
        var random = DemoRandom(seed: recordNumber)
        let today = LocalDate(now, in: zone)
        let latest = today.adding(days: -latestDaysAgo)
        let years = max(0, Age.years(bornOn: born, on: latest) - 1)
        for yearsAgo in 0...years {
            let day = latest.adding(years: -yearsAgo)
            // Drawn at 9:40 in the morning, issued that afternoon.
            let collected = day.startOfDay(in: zone).addingTimeInterval(9 * 3600 + 40 * 60)
            let issued = collected.addingTimeInterval(5 * 3600)
            for (panel, loinc, name, analytes) in [
                ("cbc", "58410-2", "Complete blood count", bloodCount),
                ("bmp", "51990-0", "Basic metabolic panel", metabolicPanel),
            ] {
                let reportID = "\(recordNumber)-\(panel)-\(day.iso)"
                let results = analytes.map { analyte in
                    let fixed = overrides.first { $0.loinc == analyte.loinc && $0.yearsAgo == yearsAgo }?.value
                    let value = fixed ?? random.around(analyte.typical, by: analyte.spread, decimals: analyte.decimals)
                    return result(
                        id: "\(reportID)-\(analyte.loinc)", recordNumber: recordNumber, analyte: analyte, value: value,
                        collected: collected, issued: issued)
                }
                entries += results
                entries.append(
                    FHIRBuilder.labReport(
                        id: reportID, recordNumber: recordNumber, loinc: loinc, name: name, results: results,
                        collected: collected, issued: issued))
            }
        }
        return entries
    }

    static func result(
        id: String, recordNumber: String, analyte: Analyte, value: Double, collected: Date, issued: Date
    ) -> FHIRBuilder.Entry {
        FHIRBuilder.labResult(
            id: id, recordNumber: recordNumber, loinc: analyte.loinc, name: analyte.name, value: value,
            unit: displayUnits[analyte.unit] ?? analyte.unit, ucum: analyte.unit, low: analyte.low, high: analyte.high,
            interpretation: flag(value, analyte), collected: collected, issued: issued)
    }

    /// Units as a laboratory report prints them, for the UCUM codes that read poorly.
    static let displayUnits = ["10*3/uL": "×10³/µL", "ug/dL": "µg/dL"]

    /// H or L outside the range, HH or LL far outside it, N inside.
    static func flag(_ value: Double, _ analyte: Analyte) -> String {
        let width = analyte.high - analyte.low
        if value < analyte.low { return value < analyte.low - width * 0.5 ? "LL" : "L" }
        if value > analyte.high { return value > analyte.high + width * 0.5 ? "HH" : "H" }
        return "N"
    }

    /// Blood lead: the screen at 1 and 2 years, and again at 5 (CDC reference value 3.5 µg/dL).
    static let lead = Analyte(
        loinc: "5671-3", name: "Lead, blood", unit: "ug/dL", low: 0, high: 3.5, typical: 1.2, spread: 0.4, decimals: 1)

    static func leadScreening(recordNumber: String, born: LocalDate, zone: TimeZone, values: [(months: Int, value: Double)])
        -> [FHIRBuilder.Entry]
    {
        values.map { months, value in
            let collected = born.adding(months: months).adding(days: 3).startOfDay(in: zone).addingTimeInterval(10 * 3600)
            return result(
                id: "\(recordNumber)-lead-\(months)", recordNumber: recordNumber, analyte: lead, value: value,
                collected: collected, issued: collected.addingTimeInterval(26 * 3600))
        }
    }

    static func chestXRay(
        recordNumber: String, daysAgo: Int, now: Date, findings: String, impression: String
    ) -> FHIRBuilder.Entry {
        let performed = now.addingTimeInterval(-86_400 * Double(daysAgo))
        return FHIRBuilder.imagingReport(
            id: "\(recordNumber)-cxr-\(daysAgo)", recordNumber: recordNumber, loinc: "36643-5", name: "XR Chest 2 Views",
            modality: "DX", bodySite: "Chest", findings: findings, impression: impression, performed: performed,
            issued: performed.addingTimeInterval(3 * 3600))
    }
}

/// A small deterministic generator, so the demo record is the same every time it is made.
struct DemoRandom {
    private var state: UInt64

    init(seed: String) {
        state = seed.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }

    /// A value near `typical`, rounded as the laboratory reports it.
    mutating func around(_ typical: Double, by spread: Double, decimals: Int) -> Double {
        let raw = typical + (next() * 2 - 1) * spread
        let scale = pow(10, Double(decimals))
        return (raw * scale).rounded() / scale
    }
}
