import PortalCore
import PortalHTML

/// The new address's link: confirm with a button, the result, or why the link is closed.
enum EmailChangePage {
    enum Step: Sendable {
        case confirm(token: String, email: String)
        case done(email: String)
        case closed
    }

    static func render(_ step: Step, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return Layout.page(title: words.confirmEmailTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { words.confirmEmailTitle(language) }
                switch step {
                case .confirm(let token, let email):
                    p(.class("lead")) { words.confirmEmailIntro(email)(language) }
                    form(.method("post"), .action(Routes.applyEmailChange(EmailChangeToken(token)))) {
                        Components.csrfField(context)
                        button(.type("submit"), .class("primary")) { words.confirmEmailButton(language) }
                    }
                case .done(let email):
                    div(.class("notice"), .role("status")) { p { words.emailChanged(email)(language) } }
                    p { a(.href(Routes.home())) { Strings.layout.home(language) } }
                case .closed:
                    p(.class("lead")) { words.emailLinkClosed(language) }
                    p { a(.href(Routes.home())) { Strings.layout.home(language) } }
                }
            }
        }
    }
}
