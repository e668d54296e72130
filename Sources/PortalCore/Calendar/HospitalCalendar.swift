/// Which days the hospital's offices work: Monday to Friday, except its holidays. HIM's
/// promise of "2 business days" is counted on it.
public struct HospitalCalendar: Sendable {
    public let holidays: Set<LocalDate>

    public init(holidays: Set<LocalDate>) {
        self.holidays = holidays
    }

    /// The US federal holidays, as observed, for the years around now.
    public static func usFederal(years: ClosedRange<Int>) -> HospitalCalendar {
        HospitalCalendar(holidays: Set(years.flatMap(USFederalHolidays.observed(in:))))
    }

    public func isBusinessDay(_ date: LocalDate) -> Bool {
        date.isoWeekday <= 5 && !holidays.contains(date)
    }

    /// Business days that have ended or begun since the day something arrived, counting
    /// `today` but not the arrival day: a request sent on Monday has waited 2 business days
    /// on Wednesday, and one sent on Saturday has waited 1 on Monday.
    public func businessDaysWaited(since arrival: LocalDate, until today: LocalDate) -> Int {
        guard arrival < today else { return 0 }
        var count = 0
        var day = arrival.adding(days: 1)
        while day <= today {
            if isBusinessDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}
