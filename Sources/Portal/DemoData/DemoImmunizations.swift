import Foundation
import PortalCore
import PortalFHIR

/// The CDC's routine childhood and adolescent schedule, as the doses a child on time would
/// have had by a given age: vaccine, CVX code, and the age in months of each dose.
enum DemoImmunizations {
    struct Series {
        let vaccine: String
        let cvx: String
        let ageInMonths: [Int]
        /// The HL7 route: a shot into a muscle unless said otherwise.
        var route = "IM"
    }

    static let schedule: [Series] = [
        Series(vaccine: "Hepatitis B, pediatric", cvx: "08", ageInMonths: [0, 1, 6]),
        Series(vaccine: "Rotavirus, pentavalent", cvx: "116", ageInMonths: [2, 4, 6], route: "PO"),
        Series(vaccine: "DTaP", cvx: "20", ageInMonths: [2, 4, 6, 15, 60]),
        Series(vaccine: "Hib (PRP-T)", cvx: "48", ageInMonths: [2, 4, 6, 12]),
        Series(vaccine: "Pneumococcal conjugate PCV 13", cvx: "133", ageInMonths: [2, 4, 6, 12]),
        Series(vaccine: "Polio, inactivated (IPV)", cvx: "10", ageInMonths: [2, 4, 6, 60]),
        Series(vaccine: "MMR", cvx: "03", ageInMonths: [12, 60], route: "SQ"),
        Series(vaccine: "Varicella", cvx: "21", ageInMonths: [12, 60], route: "SQ"),
        Series(vaccine: "Hepatitis A, pediatric 2 dose", cvx: "83", ageInMonths: [12, 18]),
        Series(vaccine: "Tdap", cvx: "115", ageInMonths: [132]),
        Series(vaccine: "HPV, 9-valent", cvx: "165", ageInMonths: [132, 138]),
        Series(vaccine: "Meningococcal MenACWY", cvx: "114", ageInMonths: [132, 192]),
    ]

    static let sites = [("Left thigh", "LT"), ("Right thigh", "RT"), ("Left arm", "LA"), ("Right arm", "RA")]

    /// The scheduled doses given before `today` (each three days after the birthday month it
    /// is due), plus a flu shot every October from 6 months.
    static func entries(recordNumber: String, born: LocalDate, today: LocalDate) -> [FHIRBuilder.Entry] {
        var entries: [FHIRBuilder.Entry] = []
        for series in schedule {
            for (index, months) in series.ageInMonths.enumerated() {
                let given = born.adding(months: months).adding(days: months == 0 ? 0 : 3)
                guard given < today else { continue }
                // Drops by mouth have no site.
                let site: (name: String, code: String)? =
                    series.route == "PO" ? nil : months < 12 ? sites[index % 2] : sites[2 + index % 2]
                entries.append(
                    FHIRBuilder.immunization(
                        id: "\(recordNumber)-imm-\(series.cvx)-\(index + 1)", recordNumber: recordNumber, cvx: series.cvx,
                        vaccine: series.vaccine, given: given, doseNumber: index + 1, seriesDoses: series.ageInMonths.count,
                        lot: lot(series.cvx, given), site: site?.name, siteCode: site?.code, routeCode: series.route))
            }
        }
        var season = born.adding(months: 6)
        season = LocalDate(year: season.month > 10 ? season.year + 1 : season.year, month: 10, day: 14)!
        var dose = 1
        while season < today {
            entries.append(
                FHIRBuilder.immunization(
                    id: "\(recordNumber)-imm-flu-\(season.year)", recordNumber: recordNumber, cvx: "150",
                    vaccine: "Influenza, injectable, quadrivalent, preservative free", given: season, doseNumber: dose,
                    seriesDoses: nil, lot: lot("150", season), site: "Left arm", siteCode: "LA", routeCode: "IM"))
            dose += 1
            season = season.adding(years: 1)
        }
        return entries
    }

    /// A lot number that looks like one and is the same every time the demo is made.
    private static func lot(_ cvx: String, _ date: LocalDate) -> String {
        let letters = Array("ABCDEFGHJKLMNPRSTUVWXYZ")
        let seed = abs(date.daysSinceEpoch &* 31 &+ Int(cvx)!)
        return "\(letters[seed % letters.count])\(letters[(seed / 7) % letters.count])\(String(seed % 90_000 + 10_000))"
    }
}
