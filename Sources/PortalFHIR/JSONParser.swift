import Foundation

/// Reads JSON text (RFC 8259) into a `JSONValue`, byte by byte. Foundation's decoder reached
/// the same tree through `Decodable`, trying each kind in turn and building an error for each
/// miss: a 20 MB bundle spent seconds there. This one is strict where the import needs it to
/// be: text that is not UTF-8, a key twice in one object (two `meta.security` members would
/// leave the label to chance), a number JSON does not allow and nesting past `maxDepth` are
/// all refused.
public struct JSONParser {
    public struct Failure: Error, Equatable, Sendable {
        /// Where the text stopped being JSON, counted in bytes from 0.
        public let offset: Int
        public let reason: String
    }

    /// Deeper than any FHIR resource goes, and shallow enough that the recursion stays small.
    public static let maxDepth = 256

    public static func parse(_ data: Data) throws(Failure) -> JSONValue {
        let parsed = data.withUnsafeBytes { raw -> Result<JSONValue, Failure> in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
            return Result { () throws(Failure) in try parser.document() }
        }
        return try parsed.get()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func document() throws(Failure) -> JSONValue {
        // A byte order mark some senders put first is not part of the text (RFC 8259, 8.1).
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        let value = try self.value()
        skipWhitespace()
        guard position == bytes.count else { throw fail("text after the end of the document") }
        return value
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard position < bytes.count else { throw fail("the text ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("not a JSON value")
        }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        var members: [String: JSONValue] = [:]
        try items(closedBy: UInt8(ascii: "}"), in: "object") { parser throws(Failure) in
            guard parser.position < parser.bytes.count, parser.bytes[parser.position] == UInt8(ascii: "\"") else {
                throw parser.fail("a member's name")
            }
            let keyStart = parser.position
            let key = try parser.string()
            parser.skipWhitespace()
            guard parser.take(UInt8(ascii: ":")) else { throw parser.fail("a colon after a member's name") }
            parser.skipWhitespace()
            let member = try parser.value()
            guard members.updateValue(member, forKey: key) == nil else {
                parser.position = keyStart
                throw parser.fail("the same member twice in one object")
            }
        }
        return .object(members)
    }

    private mutating func array() throws(Failure) -> JSONValue {
        var elements: [JSONValue] = []
        try items(closedBy: UInt8(ascii: "]"), in: "list") { parser throws(Failure) in elements.append(try parser.value()) }
        return .array(elements)
    }

    /// An object's members or a list's elements: after the opening bracket, none or several
    /// separated by commas, then `closing`; one level deeper meanwhile.
    private mutating func items(
        closedBy closing: UInt8, in container: String, _ item: (inout JSONParser) throws(Failure) -> Void
    ) throws(Failure) {
        try descend()
        position += 1
        skipWhitespace()
        if !take(closing) {
            repeat {
                skipWhitespace()
                try item(&self)
                skipWhitespace()
            } while take(UInt8(ascii: ","))
            guard take(closing) else { throw fail("a comma or the end of the \(container)") }
        }
        depth -= 1
    }

    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        // Most strings have no escapes: their bytes are the string, once checked as UTF-8.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try utf8(start..<position)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw fail("a control character inside text") }
            position += 1
        }
        var unescaped = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: unescaped, as: UTF8.self) else { throw fail("text that is not UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try escape(into: &unescaped)
            case ..<0x20:
                throw fail("a control character inside text")
            default:
                unescaped.append(byte)
                position += 1
            }
        }
        throw fail("text that never ends")
    }

    private mutating func escape(into text: inout [UInt8]) throws(Failure) {
        guard position < bytes.count else { throw fail("text that never ends") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try hexQuad())
            if (0xD800..<0xDC00).contains(scalar) {
                // A character beyond the first 65,536 is written as a pair of escapes.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw fail("half of a character") }
                position += 2
                let low = UInt32(try hexQuad())
                guard (0xDC00..<0xE000).contains(low) else { throw fail("half of a character") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let character = Unicode.Scalar(scalar) else { throw fail("half of a character") }
            text.append(contentsOf: UTF8.encode(character)!)
        default:
            position -= 1
            throw fail("an escape JSON does not have")
        }
    }

    private mutating func hexQuad() throws(Failure) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw fail("text that never ends") }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("four hexadecimal digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, and nothing else.
    private mutating func number() throws(Failure) -> Double {
        let start = position
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if position < bytes.count, isDigit(bytes[position]) { throw fail("a number with a leading zero") }
        } else {
            guard digits() > 0 else { throw fail("a number without digits") }
        }
        if take(UInt8(ascii: ".")) {
            guard digits() > 0 else { throw fail("a number without digits after its point") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw fail("a number without digits in its exponent") }
        }
        guard let number = Double(try utf8(start..<position)), number.isFinite else {
            position = start
            throw fail("a number too large to hold")
        }
        return number
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        return position - start
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count,
            memcmp(bytes.baseAddress! + position, word.utf8Start, length) == 0
        else { throw fail("not a JSON value") }
        position += length
        return value
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func descend() throws(Failure) {
        depth += 1
        guard depth <= Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth) levels") }
    }

    private func utf8(_ range: Range<Int>) throws(Failure) -> String {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
            throw fail("text that is not UTF-8")
        }
        return text
    }

    private func fail(_ reason: String) -> Failure { Failure(offset: position, reason: reason) }
}
