import Foundation
import Testing

@testable import PortalFHIR

@Suite("Reading JSON text")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

    func failure(_ bytes: [UInt8]) -> JSONParser.Failure? {
        do {
            _ = try JSONParser.parse(Data(bytes))
            return nil
        } catch {
            return error
        }
    }

    @Test("Every kind of value, with whitespace where JSON allows it")
    func values() throws {
        let value = try parse(
            " {\"a\" : [1, -2.5e3, 0, 0.125, true, false, null, \"x\", {}, []],\n\t\"b\":{\"c\":\"d\"}}\r\n")
        #expect(
            value == ["a": [1, -2500, 0, 0.125, true, false, nil, "x", [:], []], "b": ["c": "d"]])
    }

    @Test("Escapes, including characters written as a pair of escapes, and UTF-8 as it is")
    func escapes() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""caf\u00e9 \u00C9""#) == .string("café É"))
        #expect(try parse(#""\ud83d\ude00 smile""#) == .string("😀 smile"))
        #expect(try parse("\"Señora Müller, 李\"") == .string("Señora Müller, 李"))
    }

    @Test("The same tree as Foundation's reader, for documents it writes")
    func agreesWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let tree = Self.randomTree(depth: 4, using: &generator)
            let text = tree.encoded()
            #expect(try JSONParser.parse(text) == tree)
            let foundation = try JSONSerialization.jsonObject(with: text, options: .fragmentsAllowed)
            #expect(Self.same(try JSONParser.parse(text), foundation))
        }
    }

    @Test(
        "Text that is not JSON is refused, saying where",
        arguments: [
            ("", 0, "ends where a value"), ("{", 1, "member's name"), ("[1,]", 3, "not a JSON value"),
            ("[1 2]", 3, "comma or the end of the list"), ("{\"a\" 1}", 5, "colon"), ("{\"a\":1,}", 7, "member's name"),
            ("01", 1, "leading zero"), ("1.", 2, "after its point"), ("-", 1, "without digits"), ("1e", 2, "exponent"),
            ("1e400", 0, "too large"), ("+1", 0, "not a JSON value"), ("NaN", 0, "not a JSON value"),
            ("tru", 0, "not a JSON value"), ("\"abc", 4, "never ends"), ("\"\\x\"", 2, "escape"),
            ("\"\\u12\"", 5, "hexadecimal"), ("\"\\ud800\"", 7, "half of a character"),
            ("\"\\udc00\"", 7, "half of a character"), ("\"tab\there\"", 4, "control character"),
            ("{} {}", 3, "after the end"), ("{\"a\":1,\"a\":2}", 7, "same member twice"),
        ])
    func refused(text: String, offset: Int, words: String) {
        let failure = failure(Array(text.utf8))
        #expect(failure?.offset == offset)
        #expect(failure?.reason.contains(words) == true, "\(String(describing: failure))")
    }

    @Test("A byte order mark before the document is passed over; anywhere else it is refused")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("{\"a\":1}".utf8))) == ["a": 1])
        #expect(failure(Array("[1,".utf8) + [0xEF, 0xBB, 0xBF] + Array("2]".utf8)) != nil)
    }

    @Test("Bytes that are not UTF-8 are refused, inside text and in a member's name")
    func notUTF8() {
        #expect(failure([0x22, 0x61, 0xFF, 0x22])?.reason.contains("not UTF-8") == true)
        #expect(failure([0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D])?.reason.contains("not UTF-8") == true)
        #expect(failure([0x22, 0x5C, 0x6E, 0xED, 0xA0, 0x80, 0x22])?.reason.contains("not UTF-8") == true)
    }

    @Test("Nesting stops at the limit, without exhausting the stack")
    func depth() throws {
        let deepest = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect(throws: Never.self) { try parse(deepest) }
        let tooDeep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(failure(tooDeep)?.reason.contains("nesting deeper") == true)
    }

    static func randomTree(depth: Int, using generator: inout SystemRandomNumberGenerator) -> JSONValue {
        let leaves: [JSONValue] = [
            nil, true, false, .number(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 64),
            .number(Double.random(in: -1e12...1e12, using: &generator)),
            .string(String((0..<Int.random(in: 0...12, using: &generator)).map { _ in "aé\"\\/\n😀 z\u{1}".randomElement()! })),
        ]
        guard depth > 0, Bool.random(using: &generator) else { return leaves.randomElement(using: &generator)! }
        let count = Int.random(in: 0...4, using: &generator)
        if Bool.random(using: &generator) {
            return .array((0..<count).map { _ in randomTree(depth: depth - 1, using: &generator) })
        }
        var object: [String: JSONValue] = [:]
        for index in 0..<count { object["k\(index)é"] = randomTree(depth: depth - 1, using: &generator) }
        return .object(object)
    }

    /// Compares with what `JSONSerialization` read, which gives numbers and booleans as NSNumber.
    static func same(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .null: return other is NSNull
        case .bool(let bool): return (other as? Bool) == bool
        case .number(let number):
            // Foundation reads long decimals as NSDecimalNumber, whose doubleValue may differ in the last digit.
            guard let read = (other as? NSNumber)?.doubleValue else { return false }
            return abs(read - number) <= 1e-9 * max(1, abs(number))
        case .string(let text): return (other as? String) == text
        case .array(let elements):
            guard let others = other as? [Any], others.count == elements.count else { return false }
            return zip(elements, others).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let others = other as? [String: Any], others.count == members.count else { return false }
            return members.allSatisfy { key, member in others[key].map { same(member, $0) } ?? false }
        }
    }
}
