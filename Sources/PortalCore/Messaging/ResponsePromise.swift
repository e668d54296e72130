/// A care team's promise to answer within some business days, counted on the hospital's
/// calendar: what the compose page tells a family to expect and what flags a thread late.
public struct ResponsePromise: Sendable, Hashable {
    public let businessDays: Int

    public init(businessDays: Int) {
        self.businessDays = max(businessDays, 1)
    }

    /// The day a reply is due for a message sent on `sentOn`: the last business day of the
    /// promise, so a message sent on Monday with a 2-day promise is due on Wednesday, and
    /// one sent on Saturday on Tuesday.
    public func dueDate(sentOn: LocalDate, calendar: HospitalCalendar) -> LocalDate {
        var day = sentOn
        var counted = 0
        while counted < businessDays {
            day = day.adding(days: 1)
            if calendar.isBusinessDay(day) { counted += 1 }
        }
        return day
    }

    /// Late once the business days waited pass the promise: on the day after the due date.
    public func isLate(waitingSince arrival: LocalDate, today: LocalDate, calendar: HospitalCalendar) -> Bool {
        calendar.businessDaysWaited(since: arrival, until: today) > businessDays
    }

    /// The latest arrival day that is late today, so a query can count late threads as those
    /// waiting since before the day after it.
    public func lastLateArrival(today: LocalDate, calendar: HospitalCalendar) -> LocalDate {
        var day = today
        while !isLate(waitingSince: day, today: today, calendar: calendar) { day = day.adding(days: -1) }
        return day
    }
}
