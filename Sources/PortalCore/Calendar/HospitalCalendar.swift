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
    ///
    /// Counted without walking the days: whole weeks give five weekdays each, the few days
    /// left are looked at one by one, and the holidays in the span are taken off. An inbox
    /// of threads two years old would otherwise compute each year's holidays for every day.
    public func businessDaysWaited(since arrival: LocalDate, until today: LocalDate) -> Int {
        guard arrival < today else { return 0 }
        let span = today.daysSinceEpoch - arrival.daysSinceEpoch
        var weekdays = span / 7 * 5
        var day = arrival.adding(days: span / 7 * 7)
        while day < today {
            day = day.adding(days: 1)
            if day.isoWeekday <= 5 { weekdays += 1 }
        }
        return weekdays - holidays(after: arrival, through: today).filter { $0.isoWeekday <= 5 }.count
    }

    /// The holidays in (start, end], each once.
    func holidays(after start: LocalDate, through end: LocalDate) -> Set<LocalDate> {
        var found = ownHolidays.filter { start < $0 && $0 <= end }
        if observesUSFederalHolidays {
            // New Year's Day of the year after `end` can be observed on December 31.
            for year in start.year...(end.year + 1) {
                found.formUnion(USFederalHolidays.observed(in: year).filter { start < $0 && $0 <= end })
            }
        }
        return found
    }
}
