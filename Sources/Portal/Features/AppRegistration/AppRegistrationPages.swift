import PortalCore
import PortalHTML

/// The administrator's pages for apps: every registered app with the form to add one, and
/// one app with its settings, its secret (once, just after registering) and its switch.
enum AppRegistrationPages {
    struct Row: Sendable {
        var name: String
        var link: String
        var clientID: String
        var confidential: Bool
        var disabled: Bool
        var connections: Int
    }

    struct FormValues: Sendable {
        var name = ""
        var confidential = false
        var redirects = ""
        var scopes = AppRegistrationRules.defaultScopes
    }

    struct ListModel: Sendable {
        var apps: [Row]
        var form: FormValues
        var problem: LocalizedText?
    }

    struct AppModel: Sendable {
        var name: String
        var clientID: String
        var confidential: Bool
        var redirects: [String]
        var scopes: String
        var registered: String
        var connections: Int
        var disabled: Bool
        var secret: String?
        var statusAction: String
        var notice: LocalizedText?
    }

    static func list(_ model: ListModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appRegistration
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            if let problem = model.problem { Components.alert(problem(language)) }
            if model.apps.isEmpty { p { words.none(language) } }
            ul(.class("item-list")) {
                for app in model.apps {
                    li {
                        a(.href(app.link)) { app.name }
                        p(.class("item-meta")) {
                            ([
                                (app.confidential ? words.kindConfidential : words.kindPublic)(language),
                                words.connections(app.connections)(language),
                            ] + (app.disabled ? [words.disabled(language)] : []))
                            .joined(separator: " · ")
                        }
                    }
                }
            }
            section(.class("card"), .ariaLabel(words.add(language))) {
                h2 { words.add(language) }
                form(.method("post"), .action(Routes.registerApp())) {
                    Components.csrfField(context)
                    Components.field(
                        id: "name", label: words.name(language), type: "text", name: "name", value: model.form.name,
                        autocomplete: "off", hint: words.nameHint(language),
                        extra: [.maxlength(AppRegistrationRules.maxNameLength)])
                    fieldset(.class("field")) {
                        legend { words.kind(language) }
                        p(.id("kind-hint"), .class("hint")) { words.kindHint(language) }
                        for (value, text, chosen) in [
                            ("public", words.kindPublic, !model.form.confidential),
                            ("confidential", words.kindConfidential, model.form.confidential),
                        ] {
                            div(.class("choice")) {
                                input(
                                    .type("radio"), .id("kind-\(value)"), .name("kind"), .value(value),
                                    .ariaDescribedBy("kind-hint"), chosen ? Attribute("checked", nil) : nil)
                                label(.for("kind-\(value)")) { text(language) }
                            }
                        }
                    }
                    textArea(
                        id: "redirects", label: words.redirects(language), hint: words.redirectsHint(language),
                        value: model.form.redirects)
                    textArea(
                        id: "scopes", label: words.scopes(language), hint: words.scopesHint(language), value: model.form.scopes)
                    button(.type("submit"), .class("primary")) { words.register(language) }
                }
            }
        }
    }

    static func app(_ model: AppModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appRegistration
        return Layout.page(title: model.name, context: context) {
            p { a(.href(Routes.staffApps())) { words.title(language) } }
            h1 { model.name }
            if let notice = model.notice {
                div(.class("notice"), .role("status")) { p { notice(language) } }
            }
            if let secret = model.secret {
                section(.class("card"), .ariaLabel(words.secretHeading(language))) {
                    h2 { words.secretHeading(language) }
                    p { words.secretOnce(language) }
                    p { code { secret } }
                }
            }
            dl(.class("facts")) {
                dt { words.clientID(language) }
                dd { code { model.clientID } }
                dt { words.kind(language) }
                dd { (model.confidential ? words.kindConfidential : words.kindPublic)(language) }
                dt { words.redirects(language) }
                dd { ul(.class("plain-list")) { for address in model.redirects { li { code { address } } } } }
                dt { words.scopes(language) }
                dd { code { model.scopes } }
                dt { words.registeredAt(language) }
                dd { model.registered }
                dt { words.connectionsLabel(language) }
                dd { "\(model.connections)" }
                dt { words.statusLabel(language) }
                dd { (model.disabled ? words.disabled : words.enabled)(language) }
            }
            form(.method("post"), .action(model.statusAction)) {
                Components.csrfField(context)
                input(.type("hidden"), .name("status"), .value(model.disabled ? "enabled" : "disabled"))
                if !model.disabled { p(.class("hint")) { words.disableHint(language) } }
                button(.type("submit"), .class(model.disabled ? "secondary" : "danger")) {
                    (model.disabled ? words.enable : words.disable)(language)
                }
            }
        }
    }

    private static func textArea(id: String, label labelText: String, hint: String, value: String) -> Node {
        div(.class("field")) {
            label(.for(id)) { labelText }
            p(.id("\(id)-hint"), .class("hint")) { hint }
            textarea(.id(id), .name(id), .maxlength(4000), Attribute("rows", "3"), .ariaDescribedBy("\(id)-hint")) { value }
        }
    }
}
