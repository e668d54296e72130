import Foundation
import PortalCore

/// A FHIR `dateTime`: either a whole day, or an instant that carries its time zone. A time
/// without a zone is refused: the same digits mean different moments in Chicago and in
/// the EHR vendor's data center, and guessing would move results across midnight.
public enum FHIRDateTime: Sendable, Hashable, Codable {
    case day(LocalDate)
    case instant(Date)

    /// The instant to sort and store by: a whole day counts from its start in the hospital's zone.
    public func instant(in timeZone: TimeZone) -> Date {
        switch self {
        case .day(let date): date.startOfDay(in: timeZone)
        case .instant(let instant): instant
        }
    }

    public enum ParseFailure: Error, Equatable {
        case notADate
        case partialDate
        case missingTimeZone
    }

    public static func parse(_ text: String) throws(ParseFailure) -> FHIRDateTime {
        if let common = parseCommonShape(text) { return common }
        return try parseAnyShape(text)
    }

    /// The shape nearly every feed sends, `yyyy-mm-ddThh:mm:ss` and `Z` or `±hh:mm`, read
    /// straight from its bytes: an import of 20,000 values reads 45,000 of them. Nil for
    /// anything else, which `parseAnyShape` reads to the same instant, or refuses.
    static func parseCommonShape(_ text: String) -> FHIRDateTime? {
        var text = text
        return text.withUTF8 { bytes -> FHIRDateTime? in
            guard bytes.count == 20 || bytes.count == 25 else { return nil }
            func number(at start: Int, digits: Int) -> Int? {
                var value = 0
                for index in start..<start + digits {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
                bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                let year = number(at: 0, digits: 4), let month = number(at: 5, digits: 2), let day = number(at: 8, digits: 2),
                let date = LocalDate(year: year, month: month, day: day),
                let hours = number(at: 11, digits: 2), let minutes = number(at: 14, digits: 2),
                let seconds = number(at: 17, digits: 2), hours <= 23, minutes <= 59, seconds < 61
            else { return nil }
            var offset = 0
            if bytes.count == 20 {
                guard bytes[19] == UInt8(ascii: "Z") else { return nil }
            } else {
                guard bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
                    let zoneHours = number(at: 20, digits: 2), let zoneMinutes = number(at: 23, digits: 2), zoneHours <= 14,
                    zoneMinutes <= 59
                else { return nil }
                offset = (bytes[19] == UInt8(ascii: "-") ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60)
            }
            let midnightUTC = Double(date.daysSinceEpoch) * 86_400
            return .instant(Date(timeIntervalSince1970: midnightUTC + Double(hours * 3600 + minutes * 60 + seconds - offset)))
        }
    }

    static func parseAnyShape(_ text: String) throws(ParseFailure) -> FHIRDateTime {
        // Bytes, not characters: a date is ASCII, and anything else fails below all the same.
        let length = text.utf8.count
        if length == 10 {
            guard let date = LocalDate(iso: text) else { throw .notADate }
            return .day(date)
        }
        if length == 4 || length == 7 {
            guard Int(text.prefix(4)) != nil else { throw .notADate }
            throw .partialDate
        }
        guard length >= 19, let day = LocalDate(iso: String(text.prefix(10))), text.dropFirst(10).first == "T" else {
            throw .notADate
        }
        let rest = text.dropFirst(11)
        let zoneStart = rest.firstIndex { $0 == "Z" || $0 == "+" || $0 == "-" }
        guard let zoneStart else { throw .missingTimeZone }
        let clock = rest[rest.startIndex..<zoneStart]
        let zone = rest[zoneStart...]
        guard let seconds = secondsIntoDay(clock), let offset = offsetSeconds(zone) else { throw .notADate }
        let midnightUTC = Double(day.daysSinceEpoch) * 86_400
        return .instant(Date(timeIntervalSince1970: midnightUTC + seconds - Double(offset)))
    }

    /// `hh:mm:ss` with optional fraction, as seconds since midnight.
    private static func secondsIntoDay(_ clock: Substring) -> Double? {
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count >= 2,
            let hours = Int(parts[0]), let minutes = Int(parts[1]), let seconds = Double(parts[2]),
            parts[2].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            (0...23).contains(hours), (0...59).contains(minutes), seconds >= 0, seconds < 61
        else { return nil }
        return Double(hours * 3600 + minutes * 60) + seconds
    }

    /// `Z` or `+hh:mm` / `-hh:mm`, as seconds east of UTC.
    private static func offsetSeconds(_ zone: Substring) -> Int? {
        if zone == "Z" { return 0 }
        let sign = zone.first == "-" ? -1 : 1
        let parts = zone.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hours = Int(parts[0]),
            let minutes = Int(parts[1]), (0...14).contains(hours), (0...59).contains(minutes)
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
