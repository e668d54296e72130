import PortalCore
import PortalHTML

/// Small pieces shared by pages.
enum Components {
    static func csrfField(_ context: PageContext) -> Node {
        input(.type("hidden"), .name(CSRF.formField), .value(context.csrfToken))
    }

    /// A labelled input with its error (if any) tied to it for screen readers.
    static func field(
        id: String, label labelText: String, type: String, name: String, value: String = "",
        autocomplete: String, error: String? = nil, hint: String? = nil, required: Bool = true, extra: [Attribute?] = []
    ) -> Node {
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return div(.class(error == nil ? "field" : "field has-error")) {
            label(.for(id)) { labelText }
            if let hint { p(.id("\(id)-hint"), .class("hint")) { hint } }
            if let error { p(.id("\(id)-error"), .class("error-text")) { error } }
            voidElementInput(
                [
                    .id(id), .type(type), .name(name), .value(value), .autocomplete(autocomplete), required ? .required : nil,
                    .ariaInvalid(error != nil), describedBy.isEmpty ? nil : .ariaDescribedBy(describedBy.joined(separator: " ")),
                ]
                    + extra)
        }
    }

    private static func voidElementInput(_ attributes: [Attribute?]) -> Node {
        voidElement("input", attributes)
    }

    /// A message at the top of a form that screen readers announce.
    static func alert(_ text: String) -> Node {
        div(.class("alert"), .role("alert")) { p { text } }
    }

    /// A labelled drop-down with its error tied to it, starting at "Choose one".
    static func choice(
        id: String, name: String? = nil, label labelText: String, error: String?, hint: String? = nil, selected: String,
        language: Language, options: [(String, LocalizedText)]
    ) -> Node {
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return div(.class(error == nil ? "field" : "field has-error")) {
            label(.for(id)) { labelText }
            if let hint { p(.id("\(id)-hint"), .class("hint")) { hint } }
            if let error { p(.id("\(id)-error"), .class("error-text")) { error } }
            select(
                .id(id), .name(name ?? id), .required, .ariaInvalid(error != nil),
                describedBy.isEmpty ? nil : .ariaDescribedBy(describedBy.joined(separator: " "))
            ) {
                option(.value("")) { Strings.layout.chooseOne(language) }
                for (value, text) in options {
                    option(.value(value), value == selected ? Attribute("selected", nil) : nil) { text(language) }
                }
            }
        }
    }

    /// Links to the previous and next page of a long list, with where the reader is.
    static func pager(
        label: String, page: Int, of totalPages: Int, previous: (link: String, text: String)?,
        next: (link: String, text: String)?, language: Language
    ) -> Node {
        nav(.class("pagination"), .ariaLabel(label)) {
            if let previous { a(.href(previous.link), Attribute("rel", "prev")) { "← \(previous.text)" } }
            span { Strings.layout.page(page, totalPages)(language) }
            if let next { a(.href(next.link), Attribute("rel", "next")) { "\(next.text) →" } }
        }
    }
}
