/// A syntax check for UCUM unit codes (the Unified Code for Units of Measure, case
/// sensitive form): terms of unit atoms with optional exponents, joined by `.` and `/`,
/// with `{annotations}`, `[bracketed atoms]` and parentheses. The portal has no table of
/// every UCUM atom; this catches what feeds get wrong in practice (spaces, doubled or
/// dangling operators, unbalanced brackets), not an unknown but well-formed atom.
public enum UCUMSyntax {
    public static func isValid(_ code: String) -> Bool {
        guard !code.isEmpty, code.count <= 100, code.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return false }
        var parser = Parser(characters: Array(code))
        if parser.peek == "/" {
            parser.index += 1
        }
        guard parser.term(), parser.index == parser.characters.count else { return false }
        return true
    }

    private struct Parser {
        let characters: [Character]
        var index = 0

        var peek: Character? { index < characters.count ? characters[index] : nil }

        mutating func term() -> Bool {
            guard component() else { return false }
            while let next = peek, next == "." || next == "/" {
                index += 1
                guard component() else { return false }
            }
            return true
        }

        mutating func component() -> Bool {
            guard let first = peek else { return false }
            if first == "(" {
                index += 1
                guard term(), peek == ")" else { return false }
                index += 1
                return exponentAndAnnotation()
            }
            if first == "{" { return annotation() }
            var length = 0
            while let character = peek, character != ".", character != "/", character != "(", character != ")",
                character != "{"
            {
                if character == "[" {
                    guard let close = characters[index...].firstIndex(of: "]"), close > index + 1 else { return false }
                    length += close - index + 1
                    index = close + 1
                    continue
                }
                if character == "]" || character == "}" { return false }
                length += 1
                index += 1
            }
            guard length > 0 else { return false }
            return peek == "{" ? annotation() : true
        }

        mutating func exponentAndAnnotation() -> Bool {
            if peek == "+" || peek == "-" { index += 1 }
            while let character = peek, character.isNumber { index += 1 }
            return peek == "{" ? annotation() : true
        }

        mutating func annotation() -> Bool {
            guard peek == "{", let close = characters[index...].firstIndex(of: "}") else { return false }
            guard !characters[(index + 1)..<close].contains("{") else { return false }
            index = close + 1
            return true
        }
    }
}
