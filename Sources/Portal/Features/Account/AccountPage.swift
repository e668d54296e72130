import PortalCore
import PortalHTML

enum AccountPage {
    struct Model: Sendable {
        var name: String
        var email: String
        var hasSecondFactor: Bool
        var factorByEmail = false
        var recoveryCodesLeft: Int
        var notice: LocalizedText?
        var resultDelayDays: Int = 0
        var resultDelayError: LocalizedText?
    }

    /// When new results appear: the family's choice, from at once to a week later.
    static func resultDelaySection(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return section(Attribute("aria-labelledby", "results-heading"), .class("narrow")) {
            h2(.id("results-heading")) { words.resultsHeading(language) }
            p { words.resultsIntro(language) }
            form(.method("post"), .action(Routes.resultDelay())) {
                Components.csrfField(context)
                Components.choice(
                    id: "result-delay", name: "days", label: words.resultDelayLabel(language),
                    error: model.resultDelayError.map { $0(language) }, selected: String(model.resultDelayDays),
                    language: language, options: (0...7).map { (String($0), words.delayOption($0)) })
                button(.type("submit")) { words.saveResultDelay(language) }
            }
        }
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.account.title(language), context: context) {
            h1 { Strings.account.title(language) }
            if let notice = model.notice {
                div(.class("notice"), .role("status")) { p { notice(language) } }
            }
            dl(.class("facts")) {
                dt { Strings.account.name(language) }
                dd { model.name }
                dt { Strings.account.email(language) }
                dd { model.email }
                dt { Strings.account.language(language) }
                dd { Strings.account.languageName(language) }
            }
            section(Attribute("aria-labelledby", "security-heading")) {
                h2(.id("security-heading")) { Strings.account.security(language) }
                if model.hasSecondFactor {
                    p { (model.factorByEmail ? Strings.account.secondFactorOnEmail : Strings.account.secondFactorOn)(language) }
                    p { Strings.account.recoveryCodesLeft(model.recoveryCodesLeft)(language) }
                } else {
                    p { Strings.account.secondFactorOff(language) }
                }
                p { a(.href(Routes.accountSecurity())) { Strings.account.securityLink(language) } }
            }
            resultDelaySection(model, context: context)
            section(Attribute("aria-labelledby", "sessions-heading")) {
                h2(.id("sessions-heading")) { Strings.account.sessions(language) }
                p { a(.href(Routes.accountActivity())) { Strings.accountActivity.link(language) } }
                p { a(.href(Routes.connectedApps())) { Strings.connectedApps.listLink(language) } }
                p { Strings.account.sessionsIntro(language) }
                form(.method("post"), .action(Routes.signOutEverywhere())) {
                    Components.csrfField(context)
                    button(.type("submit"), .class("danger")) { Strings.account.signOutEverywhere(language) }
                }
            }
        }
    }
}
