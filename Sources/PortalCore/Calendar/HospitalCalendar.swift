/// Which days the hospital's offices work: Monday to Friday, except its holidays. HIM's
/// promise of "2 business days" is counted on it.
public struct HospitalCalendar: Sendable, Equatable {
    public let observesUSFederalHolidays: Bool
    /// The hospital's own closures, besides or instead of the federal holidays.
    public let ownHolidays: Set<LocalDate>

    public init(observesUSFederalHolidays: Bool, ownHolidays: Set<LocalDate> = []) {
        self.observesUSFederalHolidays = observesUSFederalHolidays
        self.ownHolidays = ownHolidays
    }

    public func isHoliday(_ date: LocalDate) -> Bool {
        if ownHolidays.contains(date) { return true }
        guard observesUSFederalHolidays else { return false }
        // New Year's Day on a Saturday is observed on December 31 of the year before.
        let years = date.month == 12 ? [date.year, date.year + 1] : [date.year]
        return years.contains { USFederalHolidays.observed(in: $0).contains(date) }
    }

    public func isBusinessDay(_ date: LocalDate) -> Bool {
        date.isoWeekday <= 5 && !isHoliday(date)
    }

    /// Business days that have begun since the day something arrived, counting `today` but
    /// not the arrival day: a request sent on Monday has waited 2 business days on
    /// Wednesday, and one sent on Saturday has waited 1 on Monday.
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
