import PortalCore
import PortalHTML

/// The one frame around every page: skip link, header with who is signed in (and, for a
/// parent, whose record is in view), the language switch, the main landmark and footer.
enum Layout {
    /// The portal's blue, for the phone's status bar and the installed app's frame.
    static let themeColor = "#0b5cad"

    static func page(title pageTitle: String, context: PageContext, @HTMLBuilder content: () -> Node) -> Node {
        let language = context.language
        return html(.lang(language.rawValue)) {
            head {
                meta(Attribute("charset", "utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                title("\(pageTitle) · \(context.hospitalName)")
                link(.rel("stylesheet"), .href(Routes.stylesheet()), Attribute("media", "all"))
                link(.rel("icon"), .href(Routes.iconSVG()), Attribute("type", "image/svg+xml"))
                link(.rel("apple-touch-icon"), .href(Routes.touchIcon()))
                link(.rel("manifest"), .href(Routes.webManifest() + "?lang=\(language.rawValue)"))
                meta(.name("theme-color"), .content(themeColor))
                script(src: Routes.script())
            }
            body(idleAttributes(context)) {
                a(.class("skip-link"), .href("#main")) { Strings.layout.skipToContent(language) }
                siteHeader(context)
                main(.id("main"), Attribute("tabindex", "-1")) {
                    content()
                }
                footer(.class("site-footer")) {
                    p { Strings.layout.emergency(language) }
                    if let minutes = context.idleTimeoutMinutes {
                        p(.class("idle-notice")) { Strings.layout.idleNotice(minutes)(language) }
                    }
                }
                if context.idleTimeoutMinutes != nil { idleWarning(context) }
            }
        }
    }

    private static func idleAttributes(_ context: PageContext) -> Attribute? {
        context.idleTimeoutMinutes.map { Attribute("data-idle-minutes", String($0)) }
    }

    /// On a phone the header is one line (the hospital and a menu button) and whose record is
    /// in view; the menu, a disclosure element, opens without JavaScript. Wider screens show
    /// the same links in the header itself. Only one of the two is displayed at a time, so
    /// screen readers meet one navigation.
    private static func siteHeader(_ context: PageContext) -> Node {
        let language = context.language
        let words = Strings.layout
        return header(.class("site-header")) {
            div(.class("brand")) {
                a(.href(context.signedIn?.isStaff == true ? Routes.staffHome() : Routes.home())) { context.hospitalName }
            }
            if context.signedIn != nil {
                nav(.ariaLabel(words.accountNavigation(language)), .class("account-nav wide-only")) {
                    accountLinks(context, showingPatient: true)
                }
                details(.class("header-menu phone-only")) {
                    summary { words.menu(language) }
                    nav(.ariaLabel(words.accountNavigation(language)), .class("account-nav")) {
                        accountLinks(context, showingPatient: false)
                    }
                }
                patientInView(context, extraClass: " phone-only")
            } else {
                nav(.ariaLabel(words.accountNavigation(language)), .class("account-nav")) { languageSwitch(context) }
            }
        }
    }

    /// "Viewing the record of …", when a patient's record is in view.
    private static func patientInView(_ context: PageContext, extraClass: String = "") -> Node {
        guard let patient = context.patientInView else { return Node.empty }
        return p(.class("who patient-in-view" + extraClass)) {
            span(.class("label")) { Strings.layout.viewingRecordOf(context.language) }
            " "
            strong { patient }
        }
    }

    private static func accountLinks(_ context: PageContext, showingPatient: Bool) -> Node {
        let language = context.language
        return Node.fragment([
            context.signedIn.map { person in
                p(.class("who")) {
                    span(.class("label")) { Strings.layout.signedInAs(language) }
                    " "
                    strong { person.name }
                }
            } ?? Node.empty,
            showingPatient ? patientInView(context) : Node.empty,
            context.signedIn.map { person in
                a(.href(person.isStaff ? Routes.accountSecurity() : Routes.account()), .class("nav-link")) {
                    Strings.layout.account(language)
                }
            } ?? Node.empty,
            context.records.isEmpty ? Node.empty : recordSwitcher(context),
            languageSwitch(context),
            form(.method("post"), .action(Routes.signOut()), .class("inline")) {
                Components.csrfField(context)
                button(.type("submit"), .class("link-button")) { Strings.layout.signOut(language) }
            },
        ])
    }

    /// A member's way to any patient they may see, from every page. A disclosure element
    /// opens and closes without JavaScript.
    private static func recordSwitcher(_ context: PageContext) -> Node {
        let language = context.language
        return details(.class("record-switcher")) {
            summary { Strings.layout.switchRecord(language) }
            ul {
                for record in context.records {
                    li {
                        a(.href(record.path), record.isCurrent ? Attribute("aria-current", "page") : nil) { record.name }
                    }
                }
            }
        }
    }

    private static func languageSwitch(_ context: PageContext) -> Node {
        let other: Language = context.language == .english ? .spanish : .english
        return form(.method("post"), .action(Routes.chooseLanguage()), .class("inline")) {
            Components.csrfField(context)
            input(.type("hidden"), .name("language"), .value(other.rawValue))
            input(.type("hidden"), .name("return_to"), .value(context.currentPath))
            button(
                .type("submit"), .class("link-button"), .lang(other.rawValue),
                .ariaLabel(Strings.layout.switchLanguageLabel(context.language))
            ) { Strings.layout.switchLanguage(context.language) }
        }
    }

    /// Shown by the script two minutes before the idle sign-out; without JavaScript the
    /// footer notice says the same ahead of time.
    private static func idleWarning(_ context: PageContext) -> Node {
        div(
            .id("idle-warning"), .class("idle-warning"), .role("alertdialog"), Attribute("aria-live", "assertive"),
            Attribute("aria-labelledby", "idle-warning-text"), Attribute("hidden", nil)
        ) {
            p(.id("idle-warning-text")) { Strings.layout.idleWarning(context.language) }
            form(.method("post"), .action(Routes.keepAlive())) {
                Components.csrfField(context)
                input(.type("hidden"), .name("return_to"), .value(context.currentPath))
                button(.type("submit")) { Strings.layout.staySignedIn(context.language) }
            }
        }
    }
}
