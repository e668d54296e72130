import PortalCore
import PortalHTML

/// Asks for the authenticator code after the password.
enum SecondFactorCodePage {
    struct Model: Sendable {
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.signIn.codeTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { Strings.signIn.codeTitle(language) }
                p(.class("lead")) { Strings.signIn.codeIntro(language) }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(Routes.signInCode())) {
                    Components.csrfField(context)
                    Components.field(
                        id: "code", label: Strings.signIn.code(language), type: "text", name: "code",
                        autocomplete: "one-time-code",
                        error: model.error.map { $0(language) },
                        hint: Strings.signIn.codeHint(language), extra: [.inputmode("text"), .maxlength(32), .autofocus])
                    button(.type("submit"), .class("primary")) { Strings.signIn.verify(language) }
                }
            }
        }
    }
}
