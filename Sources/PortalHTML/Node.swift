/// A piece of an HTML document. Text and attribute values are always escaped when
/// rendered; the only way to emit markup verbatim is `TrustedHTML`, which can be made
/// from a string literal alone, so no runtime value can reach the page unescaped.
public struct Node: Sendable {
    enum Kind: Sendable {
        case element(name: String, attributes: [Attribute], children: [Node], isVoid: Bool)
        case text(String)
        case trusted(TrustedHTML)
        case fragment([Node])
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    public static func text(_ value: String) -> Node { Node(.text(value)) }
    public static func fragment(_ nodes: [Node]) -> Node { Node(.fragment(nodes)) }
    public static let empty = Node(.fragment([]))
}

/// The one audited way around escaping: markup written into the source code by a developer.
public struct TrustedHTML: Sendable {
    let markup: String
    public init(_ literal: StaticString) { markup = literal.description }
}

/// An attribute whose name is fixed in the source and whose value is escaped on output.
public struct Attribute: Sendable {
    let name: String
    let value: String?

    /// `name` must be a literal of lowercase letters, digits and hyphens: attribute names
    /// never come from user input.
    public init(_ name: StaticString, _ value: String?) {
        let text = name.description
        precondition(Attribute.isValidName(text), "invalid attribute name")
        self.name = text
        self.value = value
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            }
    }

    /// A boolean attribute (`required`, `checked`) is written without a value.
    public static func flag(_ name: StaticString, _ isOn: Bool = true) -> Attribute? {
        isOn ? Attribute(name, nil) : nil
    }
}
