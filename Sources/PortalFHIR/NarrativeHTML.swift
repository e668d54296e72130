/// HTML that arrives from the EHR (documents, narratives), reduced on import to a small set
/// of structural tags with no attributes, so what is stored can be shown without risk.
/// Active content (scripts, frames, plug-ins, forms, event handlers, `javascript:` links)
/// is refused rather than stripped: an EHR that sends it is broken or attacked, and the
/// interface team must hear about it.
public enum NarrativeHTML {
    static let keptTags: Set<String> = [
        "p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
        "tbody", "tr", "th", "td", "caption", "blockquote", "pre", "hr", "dl", "dt", "dd", "sub", "sup", "div", "span",
    ]
    static let refusedTags: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
        "select", "base", "meta", "link", "svg", "math",
    ]
    /// Dropped together with everything inside them.
    static let droppedWithContent: Set<String> = ["style", "title", "head", "noscript", "template"]
    /// Headings inside a document page sit below the page's own title.
    static let renamedTags: [String: String] = ["h1": "h2"]

    /// Elements with no content and no closing tag.
    static let voidTags: Set<String> = ["br", "hr"]
    /// Deeper than any clinical document needs; a page shows stored HTML inside its own
    /// layout, and a document nested thousands deep would only be an attack on the reader.
    public static let maxDepth = 32

    public enum Refusal: Error, Equatable {
        case activeContent(String)
        case nestedTooDeep
    }

    /// Sanitized HTML: kept tags without attributes, text with `&`, `<` and `>` escaped, and
    /// every element closed in order: a stray closing tag is dropped (it could close the
    /// page's own layout around the document), and whatever is left open is closed at the end.
    public static func sanitize(_ html: String) throws(Refusal) -> String {
        var output = ""
        var open: [String] = []
        var skippingUntil: String?
        for token in tokens(html) {
            switch token {
            case .text(let text):
                if skippingUntil == nil { output += escape(text) }
            case .tag(let name, let isClosing, let attributes):
                if let skipped = skippingUntil {
                    if isClosing && name == skipped { skippingUntil = nil }
                    continue
                }
                if refusedTags.contains(name) { throw .activeContent("<\(name)>") }
                let lowered = attributes.lowercased()
                if lowered.contains("javascript:") || lowered.contains("vbscript:") { throw .activeContent("a script link") }
                if hasEventHandler(lowered) { throw .activeContent("an event handler attribute") }
                if droppedWithContent.contains(name) {
                    if !isClosing { skippingUntil = name }
                    continue
                }
                guard keptTags.contains(name) else { continue }
                let shown = renamedTags[name] ?? name
                if voidTags.contains(shown) {
                    if !isClosing { output += "<\(shown)>" }
                } else if !isClosing {
                    guard open.count < maxDepth else { throw .nestedTooDeep }
                    open.append(shown)
                    output += "<\(shown)>"
                } else if let index = open.lastIndex(of: shown) {
                    // Closing an outer element closes what was left open inside it.
                    for inner in open[index...].reversed() { output += "</\(inner)>" }
                    open.removeSubrange(index...)
                }
            }
        }
        for element in open.reversed() { output += "</\(element)>" }
        return output
    }

    /// The text of HTML, for narratives shown as plain text; active content is refused the same way.
    static func plainText(_ html: String, at node: Node) throws -> String {
        do {
            _ = try sanitize(html)
        } catch NarrativeHTML.Refusal.activeContent(let what) {
            throw node.problem("contains \(what); the portal refuses active content in clinical text")
        } catch {
            throw node.problem("is nested deeper than \(maxDepth) elements")
        }
        var text = ""
        for token in tokens(html) {
            switch token {
            case .text(let part): text += decodeEntities(part)
            case .tag(let name, _, _): if ["p", "br", "div", "li", "tr", "h1", "h2", "h3"].contains(name) { text += "\n" }
            }
        }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    private enum Token {
        case text(Substring)
        case tag(name: String, isClosing: Bool, attributes: Substring)
    }

    private static func tokens(_ html: String) -> [Token] {
        var tokens: [Token] = []
        var rest = html[...]
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                tokens.append(.text(rest))
                break
            }
            if open > rest.startIndex { tokens.append(.text(rest[rest.startIndex..<open])) }
            let afterOpen = rest.index(after: open)
            if rest[afterOpen...].hasPrefix("!--") {
                // A comment: skipped whole; an unterminated one ends the document.
                guard let end = rest[afterOpen...].range(of: "-->") else { break }
                rest = rest[end.upperBound...]
                continue
            }
            guard let close = rest[afterOpen...].firstIndex(of: ">") else {
                tokens.append(.text(rest[open...]))
                break
            }
            var inside = rest[afterOpen..<close]
            let isClosing = inside.first == "/"
            if isClosing { inside = inside.dropFirst() }
            let name = inside.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name.isEmpty {
                // `a < b` or `<!DOCTYPE>`: not a tag a browser would act on; text keeps the `<`.
                if inside.first == "!" || inside.first == "?" {
                    rest = rest[rest.index(after: close)...]
                } else {
                    tokens.append(.text(rest[open..<afterOpen]))
                    rest = rest[afterOpen...]
                }
                continue
            }
            tokens.append(.tag(name: name, isClosing: isClosing, attributes: inside.dropFirst(name.count)))
            rest = rest[rest.index(after: close)...]
        }
        return tokens
    }

    private static func hasEventHandler(_ attributes: String) -> Bool {
        var previous: Character = " "
        var index = attributes.startIndex
        while index < attributes.endIndex {
            let character = attributes[index]
            if (previous == " " || previous == "\t" || previous == "\n" || previous == "/" || previous == "\""
                || previous == "'"),
                attributes[index...].hasPrefix("on")
            {
                let name = attributes[attributes.index(index, offsetBy: 2)...].prefix { $0.isLetter }
                let afterName = attributes[attributes.index(index, offsetBy: 2 + name.count)...].drop { $0 == " " }
                if !name.isEmpty && afterName.first == "=" { return true }
            }
            previous = character
            index = attributes.index(after: index)
        }
        return false
    }

    /// Escapes text, keeping well-formed character references as they are.
    private static func escape(_ text: Substring) -> String {
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "&":
                if let end = text[index...].prefix(12).firstIndex(of: ";"),
                    isReference(text[text.index(after: index)..<end])
                {
                    output += text[index...end]
                    index = text.index(after: end)
                    continue
                }
                output += "&amp;"
            default: output.append(character)
            }
            index = text.index(after: index)
        }
        return output
    }

    private static func isReference(_ body: Substring) -> Bool {
        if body.first == "#" {
            let digits = body.dropFirst()
            if digits.first == "x" || digits.first == "X" {
                return digits.count > 1 && digits.dropFirst().allSatisfy(\.isHexDigit)
            }
            return !digits.isEmpty && digits.allSatisfy(\.isNumber)
        }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isLetter }
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    ]

    private static func decodeEntities(_ text: Substring) -> String {
        var output = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[rest.startIndex..<ampersand]
            let after = rest[ampersand...]
            if let end = after.prefix(12).firstIndex(of: ";") {
                let body = after[after.index(after: ampersand)..<end]
                if let named = namedEntities[String(body)] {
                    output += named
                    rest = after[after.index(after: end)...]
                    continue
                }
                if body.first == "#", let scalar = characterReference(body.dropFirst()) {
                    output.append(Character(scalar))
                    rest = after[after.index(after: end)...]
                    continue
                }
            }
            output += "&"
            rest = after.dropFirst()
        }
        return output + rest
    }

    private static func characterReference(_ digits: Substring) -> Unicode.Scalar? {
        let value =
            digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }
}
