import PortalCore
import PortalHTML

/// The sign-in form for members or for staff.
enum SignInPage {
    enum Audience: Sendable { case member, staff }

    struct Model: Sendable {
        var audience: Audience
        var email = ""
        var error: LocalizedText?
        var notice: LocalizedText?
        /// The page a member was on their way to (an app's authorization, say), opened once signed in.
        var returnTo: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let isStaff = model.audience == .staff
        let heading = isStaff ? Strings.signIn.staffTitle : Strings.signIn.memberTitle
        return Layout.page(title: heading(language), context: context) {
            section(.class("narrow")) {
                h1 { heading(language) }
                p(.class("lead")) { (isStaff ? Strings.signIn.staffIntro : Strings.signIn.intro)(language) }
                if let notice = model.notice {
                    div(.class("notice"), .role("status")) { p { notice(language) } }
                }
                if let error = model.error { Components.alert(error(language)) }
                form(.method("post"), .action(isStaff ? Routes.staffSignIn() : Routes.signIn()), Attribute("novalidate", nil)) {
                    Components.csrfField(context)
                    if let returnTo = model.returnTo { input(.type("hidden"), .name("return_to"), .value(returnTo)) }
                    Components.field(
                        id: "email", label: Strings.signIn.email(language), type: "email", name: "email",
                        value: model.email, autocomplete: "username",
                        extra: [.maxlength(254), .flag("autofocus", model.email.isEmpty)])
                    Components.field(
                        id: "password", label: Strings.signIn.password(language), type: "password", name: "password",
                        autocomplete: "current-password",
                        extra: [.maxlength(PasswordPolicy.maximumLength), .flag("autofocus", !model.email.isEmpty)])
                    button(.type("submit"), .class("primary")) { Strings.signIn.submit(language) }
                }
                if !isStaff {
                    p { a(.href(Routes.forgotPassword())) { Strings.passwordReset.forgotLink(language) } }
                    p { a(.href(Routes.enroll())) { Strings.enrollment.signInLink(language) } }
                    p { a(.href(Routes.sharedRecord())) { Strings.sharing.signInLink(language) } }
                }
                p(.class("switch-audience")) {
                    if isStaff {
                        a(.href(Routes.signIn())) { Strings.signIn.memberLink(language) }
                    } else {
                        a(.href(Routes.staffSignIn())) { Strings.signIn.staffLink(language) }
                    }
                }
            }
        }
    }
}
