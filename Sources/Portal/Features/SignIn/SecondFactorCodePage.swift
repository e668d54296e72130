import PortalCore
import PortalHTML

/// Asks for the authenticator code after the password.
enum SecondFactorCodePage {
    struct Model: Sendable {
        var acceptsRecoveryCode: Bool
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.SignIn.codeTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { Strings.SignIn.codeTitle(language) }
                p(.class("lead")) { Strings.SignIn.codeIntro(language) }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(Routes.signInCode())) {
                    Components.csrfField(context)
                    Components.field(
                        id: "code", label: Strings.SignIn.code(language), type: "text", name: "code",
                        autocomplete: "one-time-code",
                        error: model.error.map { $0(language) },
                        hint: (model.acceptsRecoveryCode ? Strings.SignIn.codeHintMember : Strings.SignIn.codeHintStaff)(
                            language),
                        extra: [.inputmode(model.acceptsRecoveryCode ? "text" : "numeric"), .maxlength(32), .autofocus])
                    button(.type("submit"), .class("primary")) { Strings.SignIn.verify(language) }
                }
            }
        }
    }
}
