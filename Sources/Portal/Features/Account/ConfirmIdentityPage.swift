import PortalCore
import PortalHTML

/// The password (and the second factor) again, before a change to how the account signs in.
enum ConfirmIdentityPage {
    struct Model: Sendable {
        var hasSecondFactor: Bool
        var returnTo: String
        var error: LocalizedText?
        /// The masked address a code went to, when the second factor is a code by e-mail.
        var emailedTo: String?
        var notice: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return Layout.page(title: words.confirmTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { words.confirmTitle(language) }
                p(.class("lead")) {
                    (model.hasSecondFactor && model.emailedTo == nil ? words.confirmIntroWithCode : words.confirmIntro)(language)
                }
                if let emailedTo = model.emailedTo { p { Strings.signIn.emailCodeIntro(emailedTo)(language) } }
                if let notice = model.notice { div(.class("notice"), .role("status")) { p { notice(language) } } }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(Routes.submitConfirmIdentity())) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("return_to"), .value(model.returnTo))
                    Components.field(
                        id: "password", label: words.password(language), type: "password", name: "password",
                        autocomplete: "current-password", extra: [.maxlength(PasswordPolicy.maximumLength), .autofocus])
                    if model.hasSecondFactor {
                        Components.codeField(error: nil, byEmail: model.emailedTo != nil, language, autofocus: false)
                    }
                    button(.type("submit"), .class("primary")) { words.confirmButton(language) }
                }
                if model.emailedTo != nil {
                    Components.resendCodeForm(action: Routes.submitConfirmIdentity(), context: context, returnTo: model.returnTo)
                }
            }
        }
    }
}
