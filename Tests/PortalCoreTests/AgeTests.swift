import Foundation
import Testing

@testable import PortalCore

func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

@Suite("Ages")
struct AgeTests {
    @Test(
        "Age increases on the birthday itself, not the day before",
        arguments: [
            ("2014-06-15", "2026-06-14", 11),
            ("2014-06-15", "2026-06-15", 12),
            ("2008-06-15", "2026-06-14", 17),
            ("2008-06-15", "2026-06-15", 18),
            ("2026-01-01", "2026-01-01", 0),
        ])
    func birthdayBoundary(birth: String, today: String, expected: Int) {
        #expect(Age.years(bornOn: date(birth), on: date(today)) == expected)
    }

    @Test("A February 29 birthday is reached on March 1 in a common year")
    func leapDayBirthday() {
        let birth = date("2012-02-29")
        #expect(Age.years(bornOn: birth, on: date("2024-02-28")) == 11)
        #expect(Age.years(bornOn: birth, on: date("2024-02-29")) == 12)
        #expect(Age.years(bornOn: birth, on: date("2025-02-28")) == 12)
        #expect(Age.years(bornOn: birth, on: date("2030-02-28")) == 17)
        #expect(Age.years(bornOn: date("2012-02-29"), on: date("2030-03-01")) == 18)
    }

    @Test("Dates that do not exist are refused")
    func invalidDates() {
        #expect(LocalDate(iso: "2025-02-29") == nil)
        #expect(LocalDate(iso: "2025-13-01") == nil)
        #expect(LocalDate(iso: "25-01-01") == nil)
        #expect(LocalDate(iso: "2025-1-1") == nil)
        #expect(LocalDate(iso: "' OR 1=1 --") == nil)
    }

    @Test("Today is the date in the hospital's time zone, not UTC")
    func todayInTimeZone() {
        // 2026-06-15 03:30 UTC is still the evening of June 14 in Los Angeles.
        let instant = Date(timeIntervalSince1970: 1_781_494_200)
        #expect(LocalDate(instant, in: TimeZone(identifier: "UTC")!) == date("2026-06-15"))
        #expect(LocalDate(instant, in: TimeZone(identifier: "America/Los_Angeles")!) == date("2026-06-14"))
    }

    @Test("Age bands follow the rules at 12 and 18")
    func bands() {
        #expect(AgeBand(age: 11) == .child)
        #expect(AgeBand(age: 12) == .adolescent)
        #expect(AgeBand(age: 17) == .adolescent)
        #expect(AgeBand(age: 18) == .adult)
    }
}
