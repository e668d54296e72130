/// The eleven US federal holidays (5 U.S.C. 6103), each on the day offices close: one that
/// falls on a Saturday is observed the Friday before, one on a Sunday the Monday after.
public enum USFederalHolidays {
    public static func observed(in year: Int) -> [LocalDate] {
        let fixed = [(1, 1), (6, 19), (7, 4), (11, 11), (12, 25)].map { LocalDate(year: year, month: $0.0, day: $0.1)! }
        let floating = [
            nthWeekday(3, weekday: 1, month: 1, year: year),  // Birthday of Martin Luther King, Jr.
            nthWeekday(3, weekday: 1, month: 2, year: year),  // Washington's Birthday
            lastWeekday(1, month: 5, year: year),  // Memorial Day
            nthWeekday(1, weekday: 1, month: 9, year: year),  // Labor Day
            nthWeekday(2, weekday: 1, month: 10, year: year),  // Columbus Day
            nthWeekday(4, weekday: 4, month: 11, year: year),  // Thanksgiving Day
        ]
        return (fixed.map(observedDay) + floating).sorted()
    }

    private static func observedDay(_ date: LocalDate) -> LocalDate {
        switch date.isoWeekday {
        case 6: date.adding(days: -1)
        case 7: date.adding(days: 1)
        default: date
        }
    }

    private static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> LocalDate {
        let first = LocalDate(year: year, month: month, day: 1)!
        let offset = (weekday - first.isoWeekday + 7) % 7
        return first.adding(days: offset + (n - 1) * 7)
    }

    private static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> LocalDate {
        let last = LocalDate(year: year, month: month, day: 1)!.adding(months: 1).adding(days: -1)
        return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
    }
}
