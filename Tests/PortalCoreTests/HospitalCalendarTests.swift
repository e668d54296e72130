import Testing

@testable import PortalCore

@Suite("Business days")
struct HospitalCalendarTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test("Weekdays from civil arithmetic, across centuries and leap days")
    func weekdays() {
        #expect(day("1970-01-01").isoWeekday == 4)
        #expect(day("2026-11-25").isoWeekday == 3)
        #expect(day("2000-02-29").isoWeekday == 2)
        #expect(day("1900-03-01").isoWeekday == 4)
        #expect(day("2100-03-01").isoWeekday == 1)
        #expect(day("1969-12-31").isoWeekday == 3)
        #expect(day("2026-11-25").daysSinceEpoch - day("2025-11-25").daysSinceEpoch == 365)
    }

    @Test("The US federal holidays of 2026 and 2027, moved to the weekday they are observed on")
    func federalHolidays() {
        #expect(
            USFederalHolidays.observed(in: 2026).map(\.iso) == [
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
                "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
            ])
        let observed2027 = USFederalHolidays.observed(in: 2027).map(\.iso)
        #expect(observed2027.contains("2027-07-05"))  // July 4 is a Sunday
        #expect(observed2027.contains("2027-12-24"))  // December 25 is a Saturday
        #expect(observed2027.contains("2027-05-31"))  // the last Monday of May
        // New Year's Day 2028 is a Saturday, observed on Friday, December 31, 2027.
        #expect(USFederalHolidays.observed(in: 2028).first == day("2027-12-31"))
    }

    @Test("Waiting counts business days after the day of arrival, through today")
    func waiting() {
        let calendar = HospitalCalendar(observesUSFederalHolidays: true)
        // Monday to Wednesday: two business days.
        #expect(calendar.businessDaysWaited(since: day("2026-11-23"), until: day("2026-11-25")) == 2)
        // Thanksgiving does not count; the Friday after it does.
        #expect(calendar.businessDaysWaited(since: day("2026-11-23"), until: day("2026-11-26")) == 2)
        #expect(calendar.businessDaysWaited(since: day("2026-11-23"), until: day("2026-11-27")) == 3)
        // Friday to Monday is one; a request sent on Saturday has waited one on Monday.
        #expect(calendar.businessDaysWaited(since: day("2026-11-20"), until: day("2026-11-23")) == 1)
        #expect(calendar.businessDaysWaited(since: day("2026-11-21"), until: day("2026-11-23")) == 1)
        #expect(calendar.businessDaysWaited(since: day("2026-11-21"), until: day("2026-11-22")) == 0)
        // Over Christmas and New Year: Dec 24 (Thu) to Jan 4 (Mon) skips the 25th and the 1st.
        #expect(calendar.businessDaysWaited(since: day("2026-12-24"), until: day("2027-01-04")) == 5)
        #expect(calendar.businessDaysWaited(since: day("2026-11-25"), until: day("2026-11-25")) == 0)
        #expect(calendar.businessDaysWaited(since: day("2026-11-26"), until: day("2026-11-25")) == 0)
    }

    @Test("A hospital's own holidays count like federal ones")
    func ownHolidays() {
        let calendar = HospitalCalendar(observesUSFederalHolidays: false, ownHolidays: [day("2026-11-27")])
        #expect(!calendar.isBusinessDay(day("2026-11-27")))
        #expect(calendar.isBusinessDay(day("2026-11-26")))
        #expect(HospitalCalendar(observesUSFederalHolidays: true).isHoliday(day("2027-12-31")))
        #expect(calendar.businessDaysWaited(since: day("2026-11-23"), until: day("2026-11-30")) == 4)
    }

    @Test("Counting without walking the days agrees with walking them, over years and with the hospital's own closures")
    func countingAgreesWithWalking() {
        func walked(_ calendar: HospitalCalendar, _ arrival: LocalDate, _ today: LocalDate) -> Int {
            guard arrival < today else { return 0 }
            var count = 0
            var day = arrival.adding(days: 1)
            while day <= today {
                if calendar.isBusinessDay(day) { count += 1 }
                day = day.adding(days: 1)
            }
            return count
        }
        let calendars = [
            HospitalCalendar(observesUSFederalHolidays: true),
            HospitalCalendar(observesUSFederalHolidays: false),
            HospitalCalendar(
                observesUSFederalHolidays: true, ownHolidays: [day("2026-11-27"), day("2026-12-25"), day("2027-12-31")]),
        ]
        var generator = SystemRandomNumberGenerator()
        let start = day("2020-12-20")
        for calendar in calendars {
            for _ in 0..<400 {
                let arrival = start.adding(days: Int.random(in: 0...2500, using: &generator))
                let today = arrival.adding(days: Int.random(in: -3...800, using: &generator))
                #expect(
                    calendar.businessDaysWaited(since: arrival, until: today) == walked(calendar, arrival, today),
                    "\(arrival) → \(today)")
            }
            // Every arrival around New Year's Days observed on December 31 (2021, 2027).
            for offset in 0..<20 {
                let arrival = day("2021-12-25").adding(days: offset)
                let today = arrival.adding(days: 10)
                #expect(calendar.businessDaysWaited(since: arrival, until: today) == walked(calendar, arrival, today))
            }
        }
    }
}
