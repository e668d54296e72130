import Foundation

/// The days a family would like an appointment on: real dates, from tomorrow in the
/// hospital's calendar up to 90 days ahead, at most five, each once, in order.
public enum PreferredDays {
    public static let horizonDays = 90
    public static let maxDays = 5

    public enum Problem: Error, Sendable, Hashable {
        case notADate(String)
        case notInFuture(LocalDate)
        case tooFarAhead(LocalDate)
        case tooMany
    }

    public static func check(_ typed: [String], today: LocalDate) -> Result<[LocalDate], Problem> {
        var days: Set<LocalDate> = []
        for text in typed.map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            guard let day = LocalDate(iso: text) else { return .failure(.notADate(String(text.prefix(20)))) }
            guard today < day else { return .failure(.notInFuture(day)) }
            guard day <= today.adding(days: horizonDays) else { return .failure(.tooFarAhead(day)) }
            days.insert(day)
        }
        guard days.count <= maxDays else { return .failure(.tooMany) }
        return .success(days.sorted())
    }
}
