import PortalCore
import PortalHTML

/// A care team's saved replies, with the form to add one.
enum SavedRepliesPage {
    struct Problems: Sendable {
        var title: LocalizedText?
        var body: LocalizedText?
    }

    struct Model: Sendable {
        var careTeamName: String
        var careTeamLink: String
        var action: String
        var replies: [(title: String, body: String, deleteAction: String)]
        var typedTitle: String
        var typedBody: String
        var problems: Problems
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.savedReplies
        let title = words.titleFor(model.careTeamName)(language)
        return Layout.page(title: title, context: context) {
            p(.class("breadcrumb")) { a(.href(model.careTeamLink)) { model.careTeamName } }
            h1 { title }
            p { words.intro(language) }
            if model.replies.isEmpty {
                p { words.none(language) }
            } else {
                ul(.class("item-list saved-reply-list")) {
                    for reply in model.replies {
                        li {
                            h2 { reply.title }
                            div(.class("message-body")) { reply.body }
                            form(.method("post"), .action(reply.deleteAction), .class("inline")) {
                                Components.csrfField(context)
                                button(.type("submit"), .class("secondary"), .ariaLabel(words.deleteNamed(reply.title)(language)))
                                {
                                    words.delete(language)
                                }
                            }
                        }
                    }
                }
            }
            section(.class("card compose"), Attribute("aria-labelledby", "add-heading")) {
                h2(.id("add-heading")) { words.add(language) }
                if model.problems.title != nil || model.problems.body != nil {
                    Components.alert(words.notSaved(language))
                }
                form(.method("post"), .action(model.action)) {
                    Components.csrfField(context)
                    Components.field(
                        id: "title", label: words.name(language), type: "text", name: "title", value: model.typedTitle,
                        autocomplete: "off", error: model.problems.title?(language), extra: [.maxlength(80)])
                    p(.class("hint")) { words.placeholderHint(language) }
                    MessageBox.render(
                        id: "body", label: words.text(language), text: model.typedBody, error: model.problems.body?(language),
                        language: language)
                    button(.type("submit")) { words.save(language) }
                }
            }
        }
    }
}
