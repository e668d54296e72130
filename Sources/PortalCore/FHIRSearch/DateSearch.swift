import Foundation

/// A FHIR `date` search value (`ge2026-01-01`, `lt2026-11`, `2026-11-24T10:00:00Z`): a
/// prefix and the period the value names, turned into bounds on an instant. A date without
/// a time zone is a day (or month, or year) in the hospital's zone.
public struct DateSearch: Sendable, Equatable {
    public enum Prefix: String, Sendable, CaseIterable {
        case eq, ne, lt, le, gt, ge, sa, eb
    }

    public let prefix: Prefix
    /// The period the value names: [start, end).
    public let start: Date
    public let end: Date

    /// What the search asks of an item's instant `t`.
    public enum Condition: Sendable, Equatable {
        case atLeast(Date)
        case before(Date)
        /// `ne`: outside [start, end).
        case outside(Date, Date)
    }

    public var conditions: [Condition] {
        switch prefix {
        case .eq: [.atLeast(start), .before(end)]
        case .ne: [.outside(start, end)]
        case .lt, .eb: [.before(start)]
        case .le: [.before(end)]
        case .gt, .sa: [.atLeast(end)]
        case .ge: [.atLeast(start)]
        }
    }

    public func matches(_ instant: Date) -> Bool {
        conditions.allSatisfy { condition in
            switch condition {
            case .atLeast(let bound): instant >= bound
            case .before(let bound): instant < bound
            case .outside(let low, let high): instant < low || instant >= high
            }
        }
    }

    /// Nil when the text is not a FHIR date, dateTime or instant with an optional prefix.
    public init?(_ text: String, zone: TimeZone) {
        var rest = Substring(text)
        var prefix = Prefix.eq
        if let known = Prefix.allCases.first(where: { rest.hasPrefix($0.rawValue) }) {
            prefix = known
            rest = rest.dropFirst(2)
        }
        guard let (start, end) = Self.period(String(rest), zone: zone) else { return nil }
        self.prefix = prefix
        self.start = start
        self.end = end
    }

    /// FHIR's dateTime with a time: seconds, an optional fraction and a zone are required.
    nonisolated(unsafe) private static let dateTime =
        /[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-5][0-9])/

    private static func period(_ text: String, zone: TimeZone) -> (Date, Date)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // Digits where FHIR puts digits: `Int` alone would also read "+1".
        guard text.prefix(10).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText) else { return nil }
        if parts.count == 1 {
            guard let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) else { return nil }
            return (start, calendar.date(byAdding: .year, value: 1, to: start)!)
        }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 2 {
            guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else { return nil }
            return (start, calendar.date(byAdding: .month, value: 1, to: start)!)
        }
        let dayAndTime = parts[2]
        guard dayAndTime.count >= 2, let day = Int(dayAndTime.prefix(2)) else { return nil }
        let dayComponents = DateComponents(year: year, month: month, day: day)
        guard dayComponents.isValidDate(in: calendar), let dayStart = calendar.date(from: dayComponents) else { return nil }
        if dayAndTime.count == 2 { return (dayStart, calendar.date(byAdding: .day, value: 1, to: dayStart)!) }
        // A dateTime must name its zone (FHIR requires it when a time is given); it names one second.
        guard text.wholeMatch(of: Self.dateTime) != nil, let instant = try? Date(text, strategy: .iso8601) else {
            return nil
        }
        let fraction = text.contains(".")
        return (instant, instant.addingTimeInterval(fraction ? 0.001 : 1))
    }
}

/// A FHIR `token` search value: `system|code`, `code` (any system), `system|` (any code in
/// the system) or `|code` (a code with no system). A comma separates alternatives.
public struct TokenSearch: Sendable, Equatable {
    public enum System: Sendable, Equatable {
        case any
        case none
        case named(String)
    }

    public let system: System
    /// nil: any code in the system.
    public let code: String?

    public init(system: System, code: String?) {
        self.system = system
        self.code = code
    }

    /// The alternatives of one parameter; nil when one of them is empty or malformed.
    public static func alternatives(_ text: String) -> [TokenSearch]? {
        let values = text.split(separator: ",", omittingEmptySubsequences: false).map { TokenSearch(String($0)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        return values.compactMap { $0 }
    }

    init?(_ text: String) {
        guard !text.isEmpty, text.count <= 512 else { return nil }
        guard let bar = text.firstIndex(of: "|") else {
            self.init(system: .any, code: text)
            return
        }
        let system = String(text[..<bar]), code = String(text[text.index(after: bar)...])
        guard !(system.isEmpty && code.isEmpty), !code.contains("|") else { return nil }
        self.init(system: system.isEmpty ? .none : .named(system), code: code.isEmpty ? nil : code)
    }

    /// Whether an item coded `code` in `system` matches.
    public func matches(system itemSystem: String?, code itemCode: String?) -> Bool {
        if let code, code != itemCode { return false }
        switch system {
        case .any: return true
        case .none: return itemSystem == nil
        case .named(let name): return itemSystem == name
        }
    }
}
