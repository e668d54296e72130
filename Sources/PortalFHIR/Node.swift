import Foundation

/// A value inside one bundle entry together with the path that leads to it, so that every
/// reading step can fail with a `BundleProblem` that names the entry and the field.
/// Absent fields read as nil (or empty lists); present fields of the wrong kind are refused.
struct Node {
    let value: JSONValue?
    let at: FieldPath
    let entry: EntryContext

    init(value: JSONValue?, at: FieldPath = .root, entry: EntryContext) {
        self.value = value
        self.at = at
        self.entry = entry
    }

    /// Where the value is, written out only when a message needs it: a bundle is read field
    /// by field, and spelling every path as it went cost more than the reading.
    indirect enum FieldPath {
        case root
        case member(FieldPath, String)
        case element(FieldPath, Int)

        var text: String {
            switch self {
            case .root: ""
            case .member(.root, let key): key
            case .member(let parent, let key): "\(parent.text).\(key)"
            case .element(let parent, let index): "\(parent.text)[\(index)]"
            }
        }
    }

    var path: String { at.text }

    /// Which entry is being read, for messages.
    struct EntryContext {
        let index: Int?
        var resource: String?
    }

    subscript(key: String) -> Node {
        var child: JSONValue?
        if case .object(let object) = value { child = object[key] }
        return Node(value: child, at: .member(at, key), entry: entry)
    }

    var isPresent: Bool {
        if case .some(let value) = value, value != .null { return true }
        return false
    }

    func problem(_ message: String) -> BundleProblem {
        BundleProblem(entry: entry.index, resource: entry.resource, field: path, message: message)
    }

    private func wrongKind(_ expected: String) -> BundleProblem {
        problem("expected \(expected), found \(value?.kindName ?? "nothing")")
    }

    func object() throws -> [String: JSONValue]? {
        guard isPresent else { return nil }
        guard case .object(let object) = value else { throw wrongKind("an object") }
        return object
    }

    /// The elements of a list; a single value where FHIR wants a list is refused, since it
    /// usually means the sender is not speaking R4.
    func list() throws -> [Node] {
        guard isPresent else { return [] }
        guard case .array(let elements) = value else { throw wrongKind("a list") }
        return elements.enumerated().map { Node(value: $1, at: .element(at, $0), entry: entry) }
    }

    func first() throws -> Node? { try list().first }

    func string(maxLength: Int = TextLimits.short) throws -> String? {
        guard isPresent else { return nil }
        guard case .string(let text) = value else { throw wrongKind("text") }
        // A character is at least one byte, so most texts are known short without counting.
        guard text.utf8.count <= maxLength || text.count <= maxLength else {
            throw problem("too long (\(text.count) characters; the limit is \(maxLength))")
        }
        let trimmed = text.trimmedOfWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    func requiredString(maxLength: Int = TextLimits.short) throws -> String {
        guard let text = try string(maxLength: maxLength) else { throw problem("is required") }
        return text
    }

    func number() throws -> Double? {
        guard isPresent else { return nil }
        switch value {
        case .number(let number) where number.isFinite: return number
        case .string: throw problem("expected a number, found text")
        default: throw wrongKind("a number")
        }
    }

    func integer() throws -> Int? {
        guard let number = try number() else { return nil }
        guard number.rounded() == number, abs(number) < 1_000_000_000 else { throw problem("expected a whole number") }
        return Int(number)
    }

    func bool() throws -> Bool? {
        guard isPresent else { return nil }
        guard case .bool(let flag) = value else { throw wrongKind("true or false") }
        return flag
    }

    func dateTime() throws -> FHIRDateTime? {
        guard let text = try string() else { return nil }
        do {
            return try FHIRDateTime.parse(text)
        } catch .missingTimeZone {
            throw problem("a time needs its time zone (for example 2024-05-01T09:30:00-05:00)")
        } catch .partialDate {
            throw problem("a full date is needed (YYYY-MM-DD), not only a year or a month")
        } catch .notADate {
            throw problem("is not a FHIR date or dateTime (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+zz:zz)")
        }
    }

    /// A FHIR `instant`: always a time with a zone.
    func instant() throws -> Date? {
        switch try dateTime() {
        case .none: return nil
        case .instant(let instant): return instant
        case .day: throw problem("needs a time with its time zone, not only a date")
        }
    }

    /// A code from a fixed list; anything else is named in the message.
    func code(in allowed: Set<String>) throws -> String? {
        guard let text = try string() else { return nil }
        guard allowed.contains(text) else {
            throw problem("is not one of \(allowed.sorted().joined(separator: ", "))")
        }
        return text
    }

    func requiredCode(in allowed: Set<String>) throws -> String {
        guard let code = try code(in: allowed) else { throw problem("is required") }
        return code
    }
}

/// How long the import lets each kind of text be: long enough for any real record, short
/// enough that a runaway or hostile feed cannot fill the database through one field.
public enum TextLimits {
    public static let short = 1_000
    /// A result's interpretation ("High", "Abnormal"), as text when it is not a code.
    public static let interpretation = 100
    public static let narrative = 200_000
    public static let document = 2_000_000
    /// Base64 of a 10 MB PDF.
    public static let attachment = 14_000_000
}
