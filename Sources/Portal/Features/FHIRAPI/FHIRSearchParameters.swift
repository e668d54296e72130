import Foundation
import PortalCore
import Vapor

/// A search's query string, read strictly: a parameter the resource type does not support,
/// or a value that does not parse, is refused with a message (FHIR's `handling=strict`)
/// rather than ignored, so an app never takes a wider answer for the one it asked.
struct FHIRSearchParameters {
    static let defaultCount = 50
    static let maxCount = 200
    /// More than this many parameters, or alternatives in one, is not a search a person's app needs.
    static let maxParameters = 20
    static let maxAlternatives = 50

    /// The parameters in order, percent-decoded (a `+` stays a plus: FHIR dates use it).
    let pairs: [(name: String, value: String)]
    let count: Int
    let offset: Int

    init(_ req: Request, allowed: Set<String>) throws {
        var pairs: [(String, String)] = []
        for item in (req.url.query ?? "").split(separator: "&") where !item.isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts[0].removingPercentEncoding,
                let value = (parts.count > 1 ? parts[1] : "").removingPercentEncoding
            else { throw FHIRError.invalid("The query string is not percent-encoded correctly.") }
            pairs.append((name, value))
        }
        guard pairs.count <= Self.maxParameters else {
            throw FHIRError.invalid("At most \(Self.maxParameters) search parameters, please.")
        }
        for (name, value) in pairs {
            let base = name.split(separator: ":").first.map(String.init) ?? name
            guard name == base else { throw FHIRError.invalid("Search modifiers (\(name)) are not supported.") }
            if name == "_format", ["json", "application/json", "application/fhir+json"].contains(value) { continue }
            guard allowed.contains(name) || name == "_count" || name == "_offset" else {
                throw FHIRError.invalid(
                    "Unknown search parameter '\(name)'. Supported: \(allowed.sorted().joined(separator: ", ")), _count, _offset."
                )
            }
        }
        self.pairs = pairs.filter { $0.0 != "_format" }
        let countText = pairs.last { $0.0 == "_count" }?.1
        let offsetText = pairs.last { $0.0 == "_offset" }?.1
        guard let count = countText.map(Int.init) ?? Self.defaultCount, (1...Self.maxCount).contains(count) else {
            throw FHIRError.invalid("_count must be a whole number from 1 to \(Self.maxCount).")
        }
        guard let offset = offsetText.map(Int.init) ?? 0, offset >= 0, offset <= 1_000_000 else {
            throw FHIRError.invalid("_offset must be a whole number of 0 or more.")
        }
        self.count = count
        self.offset = offset
    }

    func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// `patient` (or `subject`): the token's patient, as `Patient/id` or `id`; nil when absent.
    func patientID(names: [String] = ["patient", "subject"]) throws -> UUID? {
        let given = names.flatMap(values)
        guard let first = given.first else { return nil }
        let ids = try given.map { text -> UUID in
            let bare = text.hasPrefix("Patient/") ? String(text.dropFirst("Patient/".count)) : text
            guard let id = UUID(uuidString: bare) else { throw FHIRError.notFound() }
            return id
        }
        guard Set(ids).count == 1 else { throw FHIRError.invalid("Search one patient at a time (\(first)).") }
        return ids[0]
    }

    /// Every value of a date parameter: all must hold.
    func dates(_ name: String, zone: TimeZone) throws -> [DateSearch] {
        try values(name).map { text in
            guard let date = DateSearch(text, zone: zone) else {
                throw FHIRError.invalid(
                    "\(name)=\(text) is not a FHIR date: give a prefix (eq, ne, lt, le, gt, ge, sa, eb) and a date such as 2026-11-24."
                )
            }
            return date
        }
    }

    /// A token parameter: one value of alternatives (repeating it means all must hold,
    /// which for a single-valued element is the alternatives they share).
    func tokens(_ name: String) throws -> [[TokenSearch]] {
        try values(name).map { text in
            guard let tokens = TokenSearch.alternatives(text) else {
                throw FHIRError.invalid("\(name)=\(text) is not a token: give system|code, code, system| or |code.")
            }
            guard tokens.count <= Self.maxAlternatives else {
                throw FHIRError.invalid("\(name) has more than \(Self.maxAlternatives) alternatives.")
            }
            return tokens
        }
    }

    /// Whether an item's coding matches every value of a token parameter.
    func matchesTokens(_ name: String, system: String?, code: String?) throws -> Bool {
        try tokens(name).allSatisfy { alternatives in alternatives.contains { $0.matches(system: system, code: code) } }
    }

    /// The query string of this search with another offset, for paging links.
    func link(_ base: String, offset: Int) -> String {
        let kept =
            pairs.filter { $0.name != "_offset" && $0.name != "_count" } + [
                ("_count", "\(count)"), ("_offset", "\(offset)"),
            ]
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+,|:/")
        return base + "?"
            + kept.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
