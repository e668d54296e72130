import PortalCore
import PortalHTML

/// Turning on codes by e-mail: the code just sent proves the address works.
enum EmailCodeSetupPage {
    struct Model: Sendable {
        var emailedTo: String
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return Layout.page(title: words.emailCodesTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { words.emailCodesTitle(language) }
                p(.class("lead")) { words.emailCodesIntro(language) }
                p { Strings.signIn.emailCodeIntro(model.emailedTo)(language) }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(Routes.confirmEmailCodes())) {
                    Components.csrfField(context)
                    Components.field(
                        id: "code", label: Strings.signIn.code(language), type: "text", name: "code",
                        autocomplete: "one-time-code", error: model.error.map { $0(language) },
                        hint: Strings.signIn.sixDigits(language), extra: [.inputmode("numeric"), .maxlength(12), .autofocus])
                    button(.type("submit"), .class("primary")) { words.confirm(language) }
                }
                Components.resendCodeForm(action: Routes.startEmailCodes(), context: context)
            }
        }
    }
}
