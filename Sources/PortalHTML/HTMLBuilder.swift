/// Collects the children of an element written as a block of statements.
@resultBuilder
public enum HTMLBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildExpression(_ trusted: TrustedHTML) -> [Node] { [Node(.trusted(trusted))] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.count == 1 ? parts[0] : parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first part: [Node]) -> [Node] { part }
    public static func buildEither(second part: [Node]) -> [Node] { part }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    public static func buildFinalResult(_ nodes: [Node]) -> Node { .fragment(nodes) }
}

/// Collects attributes, dropping the `nil`s of conditional ones.
public func element(
    _ name: StaticString, _ attributes: [Attribute?], @HTMLBuilder content: () -> Node
) -> Node {
    // A block's children directly, not wrapped in a fragment of their own.
    let block = content()
    let children: [Node]
    if case .fragment(let nodes) = block.kind { children = nodes } else { children = [block] }
    return Node(.element(name: name.description, attributes: attributes.compactMap { $0 }, children: children, isVoid: false))
}

public func voidElement(_ name: StaticString, _ attributes: [Attribute?]) -> Node {
    Node(.element(name: name.description, attributes: attributes.compactMap { $0 }, children: [], isVoid: true))
}
