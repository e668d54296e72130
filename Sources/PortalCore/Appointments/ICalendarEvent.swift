import Foundation

/// One appointment as an iCalendar file (RFC 5545) for "add to calendar": times in UTC so
/// no calendar misreads the zone, text escaped, lines folded at 75 octets. It carries only
/// what the caller puts in it; the portal puts the department and the place, never a reason.
public struct ICalendarEvent: Sendable, Hashable {
    public var uid: String
    public var start: Date
    public var end: Date
    public var stamp: Date
    public var summary: String
    public var location: String?
    public var description: String?
    public var url: String?

    public init(
        uid: String, start: Date, end: Date, stamp: Date, summary: String, location: String? = nil,
        description: String? = nil, url: String? = nil
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.stamp = stamp
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
    }

    /// The file's text, with CRLF line endings.
    public func text(productID: String) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.escaped(productID))", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT", "UID:\(Self.escaped(uid))", "DTSTAMP:\(Self.utc(stamp))", "DTSTART:\(Self.utc(start))",
            "DTEND:\(Self.utc(end))", "SUMMARY:\(Self.escaped(summary))",
        ]
        if let location { lines.append("LOCATION:\(Self.escaped(location))") }
        if let description { lines.append("DESCRIPTION:\(Self.escaped(description))") }
        if let url { lines.append("URL:\(url)") }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261124T180000Z`.
    static func utc(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day) + "T" + two(parts.hour)
            + two(parts.minute) + two(parts.second) + "Z"
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text.replacingOccurrences(of: "\r\n", with: "\n") {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// UTF-8 sequence.
    static func folded(_ line: String) -> String {
        var result = ""
        var current = 0
        for character in line {
            let size = String(character).utf8.count
            if current + size > 75 {
                result += "\r\n "
                current = 1
            }
            result.append(character)
            current += size
        }
        return result
    }
}
