import Foundation

/// A time a scheduler types ("December 3 at 9:30") made into an instant in the hospital's
/// zone. On the spring-forward night 2:30 does not exist and is refused rather than moved;
/// on the fall-back night 1:30 happens twice and means the first (daylight) one, which the
/// page then shows with its zone.
public enum WallClock {
    public enum Problem: Error, Sendable, Hashable {
        case notATime(String)
        case doesNotExist
    }

    /// `time` is `HH:MM`, 24-hour, as an `<input type="time">` sends it.
    public static func instant(on day: LocalDate, at time: String, in zone: TimeZone) -> Result<Date, Problem> {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return .failure(.notATime(String(time.prefix(8)))) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        guard
            let instant = calendar.date(
                from: components)
        else { return .failure(.doesNotExist) }
        // A skipped time comes back moved; read it back to see whether the clock ever showed it.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard back.hour == hour, back.minute == minute, back.day == day.day else { return .failure(.doesNotExist) }
        // Of two instants that show the same time, the earlier one.
        let hourEarlier = instant.addingTimeInterval(-3600)
        let earlier = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: hourEarlier)
        if earlier.hour == hour, earlier.minute == minute, earlier.day == day.day { return .success(hourEarlier) }
        return .success(instant)
    }
}
