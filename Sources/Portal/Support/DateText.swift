import Foundation
import PortalCore
import Synchronization

/// Dates as people read them in each language: "March 4, 2021", "4 de marzo de 2021".
enum DateText {
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre",
    ]

    static func long(_ date: LocalDate, language: Language) -> String {
        switch language {
        case .english: "\(englishMonths[date.month - 1]) \(date.day), \(date.year)"
        case .spanish: "\(date.day) de \(spanishMonths[date.month - 1]) de \(date.year)"
        }
    }

    private static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let spanishWeekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

    /// "Wednesday, December 2", "miércoles 2 de diciembre": a day in the coming weeks.
    static func weekdayAndDate(_ date: LocalDate, language: Language) -> String {
        switch language {
        case .english: "\(englishWeekdays[date.isoWeekday - 1]), \(englishMonths[date.month - 1]) \(date.day)"
        case .spanish: "\(spanishWeekdays[date.isoWeekday - 1]) \(date.day) de \(spanishMonths[date.month - 1])"
        }
    }

    /// A moment in the hospital's time zone: "March 4, 2021, 2:05 PM", "4 de marzo de 2021, 14:05".
    static func dateTime(_ instant: Date, in zone: TimeZone, language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let (hour, minute) = (parts.hour ?? 0, parts.minute ?? 0)
        let day = long(LocalDate(instant, in: zone), language: language)
        let paddedMinute = minute < 10 ? "0\(minute)" : "\(minute)"
        switch language {
        case .english:
            let twelve = hour % 12 == 0 ? 12 : hour % 12
            return "\(day), \(twelve):\(paddedMinute) \(hour < 12 ? "AM" : "PM")"
        case .spanish:
            return "\(day), \(hour < 10 ? "0\(hour)" : "\(hour)"):\(paddedMinute)"
        }
    }

    /// A time of day in the hospital's time zone: "2:05 PM", "14:05".
    static func time(_ instant: Date, in zone: TimeZone, language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let (hour, minute) = (parts.hour ?? 0, parts.minute ?? 0)
        let paddedMinute = minute < 10 ? "0\(minute)" : "\(minute)"
        switch language {
        case .english: return "\(hour % 12 == 0 ? 12 : hour % 12):\(paddedMinute) \(hour < 12 ? "AM" : "PM")"
        case .spanish: return "\(hour < 10 ? "0\(hour)" : "\(hour)"):\(paddedMinute)"
        }
    }

    /// The zone's everyday name, "Central Time" or "hora central", so a family reading in
    /// another zone knows which clock the times are on.
    /// Kept once found: ICU builds the name from its locale data each time it is asked, which
    /// cost a home page with a visit 3% of its time. A generic name does not change with the date.
    static func zoneName(_ zone: TimeZone, language: Language) -> String {
        let key = "\(zone.identifier) \(language)"
        if let known = zoneNames.withLock({ $0[key] }) { return known }
        let locale = Locale(identifier: language == .spanish ? "es_US" : "en_US")
        let name = zone.localizedName(for: .generic, locale: locale) ?? zone.identifier
        zoneNames.withLock { $0[key] = name }
        return name
    }

    private static let zoneNames = Mutex<[String: String]>([:])

    /// When a visit happens: "Tuesday, December 1, 2026, 2:30 PM to 3:00 PM Central Time".
    static func visit(start: Date, end: Date, in zone: TimeZone, language: Language) -> String {
        let day = LocalDate(start, in: zone)
        let weekday = weekdayAndDate(day, language: language)
        let from = time(start, in: zone, language: language)
        let to = time(end, in: zone, language: language)
        switch language {
        case .english: return "\(weekday), \(day.year), \(from) to \(to) \(zoneName(zone, language: language))"
        case .spanish: return "\(weekday) de \(day.year), de \(from) a \(to) (\(zoneName(zone, language: language)))"
        }
    }
}
