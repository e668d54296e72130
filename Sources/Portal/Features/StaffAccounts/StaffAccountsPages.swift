import Foundation
import PortalCore
import PortalHTML

/// The administrators' staff account pages, and a new staff member's welcome.
enum StaffAccountsPages {
    struct Row: Sendable {
        var name: String
        var email: String
        var role: LocalizedText
        var status: StaffAccountsText.Status
        var link: String
    }

    /// A care team or department the new account may work in.
    struct Choice: Sendable {
        var id: String
        var name: LocalizedText
        var isChosen = false
    }

    struct NewAccount: Sendable {
        var name = ""
        var email = ""
        var role = ""
        var language = "en"
        var careTeams: [Choice] = []
        var departments: [Choice] = []
        /// The ids ticked when the form comes back with a problem.
        var chosenIDs: Set<String> = []

        func chosen(_ id: String) -> Bool { chosenIDs.contains(id) }
        var nameError: LocalizedText?
        var emailError: LocalizedText?
        var roleError: LocalizedText?
    }

    static func roleOptions() -> [(String, LocalizedText)] {
        StaffRole.allCases.map { ($0.rawValue, $0.displayName) }
    }

    static func list(rows: [Row], form newAccount: NewAccount, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.staffAccounts
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p(.class("lead")) { words.intro(language) }
            div(.class("table-scroll"), Attribute("tabindex", "0")) {  // keyboard users scroll it too
                table {
                    caption(.class("visually-hidden")) { words.title(language) }
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.name(language) }
                            th(Attribute("scope", "col")) { words.email(language) }
                            th(Attribute("scope", "col")) { words.role(language) }
                            th(Attribute("scope", "col")) { words.status(language) }
                        }
                    }
                    tbody {
                        for row in rows {
                            tr {
                                td { a(.href(row.link)) { row.name } }
                                td { row.email }
                                td { row.role(language) }
                                td { words.statusText(row.status)(language) }
                            }
                        }
                    }
                }
            }
            section(Attribute("aria-labelledby", "create-heading"), .class("narrow")) {
                h2(.id("create-heading")) { words.createHeading(language) }
                form(.method("post"), .action(Routes.createStaffAccount()), Attribute("novalidate", nil)) {
                    Components.csrfField(context)
                    Components.field(
                        id: "full_name", label: words.fullName(language), type: "text", name: "full_name", value: newAccount.name,
                        autocomplete: "off", error: newAccount.nameError.map { $0(language) }, extra: [.maxlength(200)])
                    Components.field(
                        id: "email", label: words.email(language), type: "email", name: "email", value: newAccount.email,
                        autocomplete: "off", error: newAccount.emailError.map { $0(language) }, extra: [.maxlength(254)])
                    Components.choice(
                        id: "role", label: words.role(language), error: newAccount.roleError.map { $0(language) },
                        selected: newAccount.role, language: language, options: roleOptions())
                    Components.choice(
                        id: "language", label: words.mailLanguage(language), error: nil, selected: newAccount.language,
                        language: language,
                        options: [
                            (Language.english.rawValue, LocalizedText(en: "English", es: "Inglés")),
                            (Language.spanish.rawValue, LocalizedText(en: "Spanish", es: "Español")),
                        ])
                    p(.class("hint")) { words.membershipsHint(language) }
                    choices(words.careTeamsLegend(language), "care_teams[]", "team", newAccount.careTeams, language)
                    choices(words.departmentsLegend(language), "departments[]", "department", newAccount.departments, language)
                    button(.type("submit"), .class("primary")) { words.create(language) }
                }
            }
        }
    }

    private static func choices(_ legendText: String, _ name: String, _ prefix: String, _ options: [Choice], _ language: Language)
        -> Node
    {
        fieldset {
            legend { legendText }
            if options.isEmpty { p { Strings.staffAccounts.noMemberships(language) } }
            for option in options {
                div(.class("choice")) {
                    input(
                        .type("checkbox"), .id("\(prefix)-\(option.id)"), .name(name), .value(option.id),
                        option.isChosen ? Attribute("checked", nil) : nil)
                    label(.for("\(prefix)-\(option.id)")) { option.name(language) }
                }
            }
        }
    }

    struct HistoryRow: Sendable {
        var when: String
        var what: String
        var by: String
        var reason: String
    }

    /// What the last form sent said, to show it again with its message.
    struct AccountState: Sendable {
        var action = ""
        var reason = ""
        var error: LocalizedText?
        var notice: LocalizedText?
    }

    struct Account: Sendable {
        var id: UUID
        var name: String
        var email: String
        var role: StaffRole
        var status: StaffAccountsText.Status
        var isSelf: Bool
        /// The care teams and departments the person works in, with their setup pages.
        var memberships: [(name: LocalizedText, link: String)] = []
        var history: [HistoryRow]
        var state: AccountState
    }

    static func account(_ model: Account, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.staffAccounts
        let action = Routes.changeStaffAccount(Ref(model.id))
        func reasonField(_ form: String) -> Node {
            let error = model.state.action == form ? model.state.error.map { $0(language) } : nil
            return Components.field(
                id: "reason-\(form)", label: words.reason(language), type: "text", name: "reason",
                value: model.state.action == form ? model.state.reason : "", autocomplete: "off", error: error,
                extra: [.maxlength(500)])
        }
        return Layout.page(title: model.name, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffAccounts())) { words.title(language) } }
            h1 { model.name }
            if let notice = model.state.notice {
                div(.class("notice"), .role("status")) { p { notice(language) } }
            }
            if let error = model.state.error { Components.alert(error(language)) }
            dl(.class("facts")) {
                dt { words.email(language) }
                dd { model.email }
                dt { words.role(language) }
                dd { model.role.displayName(language) }
                dt { words.status(language) }
                dd { words.statusText(model.status)(language) }
            }
            section(Attribute("aria-labelledby", "memberships-heading")) {
                h2(.id("memberships-heading")) { words.membershipsHeading(language) }
                if model.memberships.isEmpty {
                    p { words.noMemberships(language) }
                } else {
                    ul { for membership in model.memberships { li { a(.href(membership.link)) { membership.name(language) } } } }
                }
            }
            if model.status != .closed {
                section(Attribute("aria-labelledby", "role-heading"), .class("narrow")) {
                    h2(.id("role-heading")) { words.roleHeading(language) }
                    form(.method("post"), .action(action)) {
                        Components.csrfField(context)
                        input(.type("hidden"), .name("action"), .value("role"))
                        Components.choice(
                            id: "role", label: words.role(language), error: nil, selected: model.role.rawValue,
                            language: language, options: roleOptions())
                        reasonField("role")
                        button(.type("submit")) { words.changeRole(language) }
                    }
                }
                section(Attribute("aria-labelledby", "invite-heading"), .class("narrow")) {
                    h2(.id("invite-heading")) { words.resendHeading(language) }
                    p { words.resendIntro(language) }
                    form(.method("post"), .action(action)) {
                        Components.csrfField(context)
                        input(.type("hidden"), .name("action"), .value("invite"))
                        reasonField("invite")
                        button(.type("submit")) { words.resendButton(language) }
                    }
                }
                section(Attribute("aria-labelledby", "reset-heading"), .class("narrow")) {
                    h2(.id("reset-heading")) { words.resetHeading(language) }
                    p { words.resetIntro(language) }
                    form(.method("post"), .action(action)) {
                        Components.csrfField(context)
                        input(.type("hidden"), .name("action"), .value("second-factor"))
                        reasonField("second-factor")
                        button(.type("submit")) { words.resetButton(language) }
                    }
                }
                if !model.isSelf {
                    section(Attribute("aria-labelledby", "close-heading"), .class("narrow")) {
                        h2(.id("close-heading")) { words.closeHeading(language) }
                        p { words.closeIntro(language) }
                        form(.method("post"), .action(action)) {
                            Components.csrfField(context)
                            input(.type("hidden"), .name("action"), .value("close"))
                            reasonField("close")
                            button(.type("submit"), .class("danger")) { words.closeButton(language) }
                        }
                    }
                }
            }
            if !model.history.isEmpty {
                section(Attribute("aria-labelledby", "history-heading")) {
                    h2(.id("history-heading")) { words.historyHeading(language) }
                    div(.class("table-scroll"), Attribute("tabindex", "0")) {  // keyboard users scroll it too
                        table {
                            caption(.class("visually-hidden")) { words.historyHeading(language) }
                            thead {
                                tr {
                                    th(Attribute("scope", "col")) { words.when(language) }
                                    th(Attribute("scope", "col")) { words.change(language) }
                                    th(Attribute("scope", "col")) { words.by(language) }
                                    th(Attribute("scope", "col")) { words.reasonColumn(language) }
                                }
                            }
                            tbody {
                                for row in model.history {
                                    tr {
                                        td { row.when }
                                        td { row.what }
                                        td { row.by }
                                        td { row.reason }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    enum Welcome: Sendable {
        case password(token: String, name: String, errors: [LocalizedText])
        case closed
    }

    static func welcome(_ step: Welcome, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.staffAccounts
        return Layout.page(title: words.welcomeTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { words.welcomeTitle(language) }
                switch step {
                case .password(let token, let name, let errors):
                    p(.class("lead")) { words.welcomeIntro(name)(language) }
                    let messages = errors.map { $0(language) }
                    form(.method("post"), .action(Routes.staffWelcomePassword(StaffInvitationToken(token)))) {
                        Components.csrfField(context)
                        Components.field(
                            id: "password", label: words.password(language), type: "password", name: "password",
                            autocomplete: "new-password", error: messages.isEmpty ? nil : messages.joined(separator: " "),
                            hint: Strings.account.passwordHint(PasswordPolicy.minimumWithSecondFactor)(language),
                            extra: [.minlength(PasswordPolicy.minimumWithSecondFactor), .maxlength(PasswordPolicy.maximumLength)])
                        button(.type("submit"), .class("primary")) { words.savePassword(language) }
                    }
                case .closed:
                    p(.class("lead")) { words.linkClosed(language) }
                    p { a(.href(Routes.staffSignIn())) { Strings.signIn.staffTitle(language) } }
                }
            }
        }
    }
}
