import PortalCore
import PortalHTML

/// The forgotten-password pages: ask for the link, "check your e-mail", then from the link
/// the second factor where there is one and the new password; or why the link is closed.
enum PasswordResetPage {
    enum Step: Sendable {
        case request(email: String, error: LocalizedText?)
        case sent(email: String)
        case code(token: String, error: LocalizedText?, emailedTo: String? = nil, notice: LocalizedText? = nil)
        /// A code by e-mail is sent only from a button: a mail scanner opening the link sends nothing.
        case sendCode(token: String, emailedTo: String)
        case password(token: String, minimumLength: Int, errors: [LocalizedText])
        case closed
    }

    static func render(_ step: Step, contact: HospitalContact, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.passwordReset
        let heading: String =
            switch step {
            case .request: words.forgotTitle(language)
            case .sent: words.sentTitle(language)
            case .code, .sendCode: words.codeTitle(language)
            case .password: words.passwordTitle(language)
            case .closed: words.closedTitle(language)
            }
        return Layout.page(title: heading, context: context) {
            section(.class("narrow")) {
                h1 { heading }
                switch step {
                case .request(let email, let error):
                    p(.class("lead")) { words.forgotIntro(language) }
                    if let error { Components.alert(error(language)) }
                    form(.method("post"), .action(Routes.submitForgotPassword()), Attribute("novalidate", nil)) {
                        Components.csrfField(context)
                        Components.field(
                            id: "email", label: words.email(language), type: "email", name: "email", value: email,
                            autocomplete: "username", error: error.map { $0(language) }, extra: [.maxlength(254), .autofocus])
                        button(.type("submit"), .class("primary")) { words.send(language) }
                    }
                    p { a(.href(Routes.signIn())) { words.backToSignIn(language) } }
                case .sent(let email):
                    div(.class("notice"), .role("status")) { p { words.sent(email)(language) } }
                    p { words.sentHelp(contact)(language) }
                    p { a(.href(Routes.signIn())) { words.backToSignIn(language) } }
                case .code(let token, let error, let emailedTo, let notice):
                    p(.class("lead")) {
                        if let emailedTo {
                            words.emailCodeIntro(language) + " " + Strings.signIn.emailCodeIntro(emailedTo)(language)
                        } else {
                            words.codeIntro(language)
                        }
                    }
                    if let notice { div(.class("notice"), .role("status")) { p { notice(language) } } }
                    if let error { Components.alert(error(language)) }
                    form(.method("post"), .action(Routes.passwordResetCode(ResetToken(token)))) {
                        Components.csrfField(context)
                        Components.codeField(error: error.map { $0(language) }, byEmail: emailedTo != nil, language)
                        button(.type("submit"), .class("primary")) { words.continueButton(language) }
                    }
                    if emailedTo != nil {
                        Components.resendCodeForm(action: Routes.passwordResetCode(ResetToken(token)), context: context)
                    }
                case .sendCode(let token, let emailedTo):
                    p(.class("lead")) { words.sendCodeIntro(emailedTo)(language) }
                    form(.method("post"), .action(Routes.passwordResetCode(ResetToken(token)))) {
                        Components.csrfField(context)
                        input(.type("hidden"), .name("resend"), .value("1"))
                        button(.type("submit"), .class("primary")) { words.sendCode(language) }
                    }
                case .password(let token, let minimumLength, let errors):
                    p(.class("lead")) { words.passwordIntro(language) }
                    let messages = errors.map { $0(language) }
                    if !messages.isEmpty { Components.alert(messages.joined(separator: " ")) }
                    form(.method("post"), .action(Routes.passwordResetSave(ResetToken(token)))) {
                        Components.csrfField(context)
                        Components.field(
                            id: "new-password", label: words.newPassword(language), type: "password", name: "new_password",
                            autocomplete: "new-password", error: messages.isEmpty ? nil : messages.joined(separator: " "),
                            hint: Strings.account.passwordHint(minimumLength)(language),
                            extra: [.minlength(minimumLength), .maxlength(PasswordPolicy.maximumLength), .autofocus])
                        button(.type("submit"), .class("primary")) { words.save(language) }
                    }
                case .closed:
                    p(.class("lead")) { words.closed(language) }
                    p { a(.href(Routes.forgotPassword()), .class("button")) { words.askAgain(language) } }
                    p { a(.href(Routes.signIn())) { words.backToSignIn(language) } }
                }
            }
        }
    }
}
