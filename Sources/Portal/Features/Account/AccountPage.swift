import PortalCore
import PortalHTML

enum AccountPage {
    struct Model: Sendable {
        var name: String
        var email: String
        var hasSecondFactor: Bool
        var recoveryCodesLeft: Int
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.Account.title(language), context: context) {
            h1 { Strings.Account.title(language) }
            dl(.class("facts")) {
                dt { Strings.Account.name(language) }
                dd { model.name }
                dt { Strings.Account.email(language) }
                dd { model.email }
                dt { Strings.Account.language(language) }
                dd { Strings.Account.languageName(language) }
            }
            section(Attribute("aria-labelledby", "security-heading")) {
                h2(.id("security-heading")) { Strings.Account.security(language) }
                if model.hasSecondFactor {
                    p { Strings.Account.secondFactorOn(language) }
                    p { Strings.Account.recoveryCodesLeft(model.recoveryCodesLeft)(language) }
                } else {
                    p { Strings.Account.secondFactorOff(language) }
                    p { a(.href(Paths.secondFactorSetup), .class("button")) { Strings.Account.turnOn(language) } }
                }
            }
            section(Attribute("aria-labelledby", "sessions-heading")) {
                h2(.id("sessions-heading")) { Strings.Account.sessions(language) }
                p { Strings.Account.sessionsIntro(language) }
                form(.method("post"), .action(Paths.signOutEverywhere)) {
                    Components.csrfField(context)
                    button(.type("submit"), .class("danger")) { Strings.Account.signOutEverywhere(language) }
                }
            }
        }
    }
}
