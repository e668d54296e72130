import PortalCore
import PortalHTML

/// Asks for the second factor's code: from the authenticator app, or from an e-mail.
enum SecondFactorCodePage {
    struct Model: Sendable {
        var error: LocalizedText?
        /// The masked address the code went to, when the second factor is a code by e-mail.
        var emailedTo: String?
        var notice: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.signIn.codeTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { Strings.signIn.codeTitle(language) }
                p(.class("lead")) {
                    if let address = model.emailedTo {
                        Strings.signIn.emailCodeIntro(address)(language)
                    } else {
                        Strings.signIn.codeIntro(language)
                    }
                }
                if let notice = model.notice {
                    div(.class("notice"), .role("status")) { p { notice(language) } }
                }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(Routes.signInCode())) {
                    Components.csrfField(context)
                    Components.codeField(error: model.error.map { $0(language) }, byEmail: model.emailedTo != nil, language)
                    button(.type("submit"), .class("primary")) { Strings.signIn.verify(language) }
                }
                if model.emailedTo != nil { Components.resendCodeForm(action: Routes.signInCode(), context: context) }
            }
        }
    }
}

extension Components {
    /// The second factor's code: 6 digits from the app or an e-mail, or a recovery code.
    static func codeField(error: String?, byEmail: Bool, _ language: Language, autofocus: Bool = true) -> Node {
        field(
            id: "code", label: Strings.signIn.code(language), type: "text", name: "code", autocomplete: "one-time-code",
            error: error, hint: (byEmail ? Strings.signIn.emailCodeHint : Strings.signIn.codeHint)(language),
            extra: [.inputmode("text"), .maxlength(32), .flag("autofocus", autofocus)])
    }

    /// "Send me a new code": the same address as the code's form, with `resend`.
    static func resendCodeForm(action: String, context: PageContext, returnTo: String? = nil) -> Node {
        form(.method("post"), .action(action), .class("inline")) {
            csrfField(context)
            input(.type("hidden"), .name("resend"), .value("1"))
            if let returnTo { input(.type("hidden"), .name("return_to"), .value(returnTo)) }
            button(.type("submit"), .class("link-button")) { Strings.signIn.sendNewCode(context.language) }
        }
    }
}
