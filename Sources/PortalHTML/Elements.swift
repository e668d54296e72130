// One function per element the portal uses; each takes attributes and a block of children.
// swiftlint-style brevity is deliberate: these read like the HTML they produce.

public typealias Content = () -> Node

public func html(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("html", a, content: c) }
public func head(@HTMLBuilder content c: Content) -> Node { element("head", [], content: c) }
public func body(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("body", a, content: c) }
public func title(_ text: String) -> Node { element("title", []) { text } }
public func meta(_ a: Attribute?...) -> Node { voidElement("meta", a) }
public func link(_ a: Attribute?...) -> Node { voidElement("link", a) }
public func script(src: String) -> Node { element("script", [.src(src), Attribute("defer", nil)]) { Node.empty } }
public func header(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("header", a, content: c) }
public func nav(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("nav", a, content: c) }
public func main(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("main", a, content: c) }
public func footer(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("footer", a, content: c) }
public func article(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("article", a, content: c) }
public func details(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("details", a, content: c) }
public func summary(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("summary", a, content: c) }
public func section(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("section", a, content: c) }
public func div(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("div", a, content: c) }
public func span(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("span", a, content: c) }
public func h1(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("h1", a, content: c) }
public func h2(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("h2", a, content: c) }
public func h3(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("h3", a, content: c) }
public func p(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("p", a, content: c) }
public func a(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("a", a, content: c) }
public func strong(@HTMLBuilder content c: Content) -> Node { element("strong", [], content: c) }
public func code(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("code", a, content: c) }
public func pre(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("pre", a, content: c) }
public func textarea(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("textarea", a, content: c) }
public func ul(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("ul", a, content: c) }
public func ol(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("ol", a, content: c) }
public func li(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("li", a, content: c) }
public func dl(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("dl", a, content: c) }
public func dt(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("dt", a, content: c) }
public func dd(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("dd", a, content: c) }
public func form(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("form", a, content: c) }
public func fieldset(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("fieldset", a, content: c) }
public func legend(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("legend", a, content: c) }
public func label(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("label", a, content: c) }
public func input(_ a: Attribute?...) -> Node { voidElement("input", a) }
public func button(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("button", a, content: c) }
public func select(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("select", a, content: c) }
public func option(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("option", a, content: c) }
public func table(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("table", a, content: c) }
public func caption(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("caption", a, content: c) }
public func thead(@HTMLBuilder content c: Content) -> Node { element("thead", [], content: c) }
public func tbody(@HTMLBuilder content c: Content) -> Node { element("tbody", [], content: c) }
public func tr(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("tr", a, content: c) }
public func th(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("th", a, content: c) }
public func td(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("td", a, content: c) }
public func br() -> Node { voidElement("br", []) }
public func figure(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("figure", a, content: c) }
public func figcaption(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node {
    element("figcaption", a, content: c)
}
/// Inline SVG: the HTML parser gives `viewbox` its SVG spelling, so attribute names stay lowercase.
public func svg(_ a: Attribute?..., @HTMLBuilder content c: Content) -> Node { element("svg", a, content: c) }
public func path(_ a: Attribute?...) -> Node { element("path", a) { Node.empty } }
