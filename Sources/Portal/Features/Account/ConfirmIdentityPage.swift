import PortalCore
import PortalHTML

/// The password (and the second factor) again, before a change to how the account signs in.
enum ConfirmIdentityPage {
    struct Model: Sendable {
        var hasSecondFactor: Bool
        var returnTo: String
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return Layout.page(title: words.confirmTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { words.confirmTitle(language) }
                p(.class("lead")) { (model.hasSecondFactor ? words.confirmIntroWithCode : words.confirmIntro)(language) }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(Routes.submitConfirmIdentity())) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("return_to"), .value(model.returnTo))
                    Components.field(
                        id: "password", label: words.password(language), type: "password", name: "password",
                        autocomplete: "current-password", extra: [.maxlength(PasswordPolicy.maximumLength), .autofocus])
                    if model.hasSecondFactor {
                        Components.field(
                            id: "code", label: Strings.signIn.code(language), type: "text", name: "code",
                            autocomplete: "one-time-code", hint: Strings.signIn.codeHint(language),
                            extra: [.inputmode("text"), .maxlength(32)])
                    }
                    button(.type("submit"), .class("primary")) { words.confirmButton(language) }
                }
            }
        }
    }
}
