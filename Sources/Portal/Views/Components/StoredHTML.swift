import PortalHTML

/// Shows HTML that the import already sanitized (structural tags, no attributes) by
/// rebuilding it through the HTML builder: each tag comes from a fixed list written in the
/// source, and every piece of text is escaped again. So even a stored value that somehow
/// held markup could not add an attribute, a script or a tag of its own.
enum StoredHTML {
    static func render(_ html: String) -> Node {
        var stack: [(name: String, children: [Node])] = [("", [])]
        var rest = html[...]
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                stack[stack.count - 1].children.append(.text(decode(rest)))
                break
            }
            if open > rest.startIndex { stack[stack.count - 1].children.append(.text(decode(rest[rest.startIndex..<open]))) }
            guard let close = rest[open...].firstIndex(of: ">") else {
                stack[stack.count - 1].children.append(.text(decode(rest[open...])))
                break
            }
            var name = rest[rest.index(after: open)..<close]
            let isClosing = name.first == "/"
            if isClosing { name = name.dropFirst() }
            rest = rest[rest.index(after: close)...]
            let tag = name.lowercased()
            if tag == "br" || tag == "hr" {
                stack[stack.count - 1].children.append(tag == "br" ? PortalHTML.br() : voidElement("hr", []))
            } else if isClosing {
                // Close up to the matching open tag; a stray closing tag is ignored.
                guard let index = stack.lastIndex(where: { $0.name == tag }), index > 0 else { continue }
                while stack.count > index {
                    let finished = stack.removeLast()
                    stack[stack.count - 1].children.append(element(finished.name, finished.children))
                }
            } else {
                stack.append((tag, []))
            }
        }
        while stack.count > 1 {
            let finished = stack.removeLast()
            stack[stack.count - 1].children.append(element(finished.name, finished.children))
        }
        return .fragment(stack[0].children)
    }

    /// The tags the import keeps, each written out so no runtime text names an element.
    private static func element(_ name: String, _ children: [Node]) -> Node {
        let content = Node.fragment(children)
        switch name {
        case "p": return PortalHTML.p { content }
        case "ul": return PortalHTML.ul { content }
        case "ol": return PortalHTML.ol { content }
        case "li": return PortalHTML.li { content }
        case "strong", "b": return PortalHTML.strong { content }
        case "em", "i": return PortalHTML.element("em", []) { content }
        case "u": return PortalHTML.element("u", []) { content }
        case "h2": return PortalHTML.h2 { content }
        case "h3", "h4", "h5", "h6": return PortalHTML.h3 { content }
        case "table": return PortalHTML.table { content }
        case "thead": return PortalHTML.thead { content }
        case "tbody": return PortalHTML.tbody { content }
        case "tr": return PortalHTML.tr { content }
        case "th": return PortalHTML.th { content }
        case "td": return PortalHTML.td { content }
        case "caption": return PortalHTML.caption { content }
        case "blockquote": return PortalHTML.element("blockquote", []) { content }
        case "pre": return PortalHTML.pre { content }
        case "dl": return PortalHTML.dl { content }
        case "dt": return PortalHTML.dt { content }
        case "dd": return PortalHTML.dd { content }
        case "sub": return PortalHTML.element("sub", []) { content }
        case "sup": return PortalHTML.element("sup", []) { content }
        case "div": return PortalHTML.div { content }
        case "span": return PortalHTML.span { content }
        default: return content
        }
    }

    /// The character references the sanitizer keeps, back to characters (the builder escapes again).
    private static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var output = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[rest.startIndex..<ampersand]
            let after = rest[ampersand...]
            if let end = after.prefix(12).firstIndex(of: ";") {
                let body = after[after.index(after: ampersand)..<end]
                if let character = reference(body) {
                    output.append(character)
                    rest = after[after.index(after: end)...]
                    continue
                }
            }
            output += "&"
            rest = after.dropFirst()
        }
        return output + rest
    }

    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "eacute": "é", "aacute": "á",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü", "copy": "©", "deg": "°", "plusmn": "±",
        "micro": "µ", "middot": "·", "ndash": "–", "mdash": "—",
    ]

    private static func reference(_ body: Substring) -> Character? {
        if let character = named[String(body)] { return character }
        guard body.first == "#" else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}
