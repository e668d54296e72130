import PortalCore
import PortalHTML

/// The public page where a school nurse enters a share code and the date of birth.
enum SharedRecordFormPage {
    struct Model: Sendable {
        var code = ""
        var birthDate = ""
        var codeError: LocalizedText?
        var birthDateError: LocalizedText?
        var problem: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.sharing
        return Layout.page(title: words.openTitle(language), context: context) {
            h1 { words.openTitle(language) }
            p(.class("lead")) { words.openExplanation(context.hospitalName)(language) }
            if let problem = model.problem { Components.alert(problem(language)) }
            form(.method("post"), .action(Routes.openSharedRecord()), Attribute("novalidate", nil)) {
                Components.csrfField(context)
                Components.field(
                    id: "code", label: words.codeLabel(language), type: "text", name: "code", value: model.code,
                    autocomplete: "off", error: model.codeError?(language), hint: words.codeHint(language),
                    extra: [.maxlength(20), Attribute("autocapitalize", "characters"), Attribute("spellcheck", "false")])
                Components.field(
                    id: "birth_date", label: words.birthDateLabel(language), type: "date", name: "birth_date",
                    value: model.birthDate, autocomplete: "off", error: model.birthDateError?(language))
                button(.type("submit")) { words.open(language) }
            }
        }
    }
}
