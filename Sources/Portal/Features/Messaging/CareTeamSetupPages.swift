import PortalCore
import PortalHTML

/// The administrator's pages for the shared inboxes: all care teams with the form to add one,
/// and one care team with its settings and the staff who work it.
enum CareTeamSetupPages {
    struct CareTeamRow: Sendable {
        var name: String
        var link: String
        var isHIM: Bool
        var responseDays: Int
        var members: Int
    }

    struct FormValues: Sendable {
        var nameEnglish: String
        var nameSpanish: String
        var kind: String
        var responseDays: String
        var sendsDigest: Bool
        var category: String
    }

    struct ListModel: Sendable {
        var careTeams: [CareTeamRow]
        var form: FormValues
        var problem: LocalizedText?
    }

    struct CareTeamModel: Sendable {
        var name: String
        var action: String
        var form: FormValues
        var members: [(name: String, role: LocalizedText, removeAction: String)]
        var candidates: [(id: String, label: String)]
        var addAction: String
        var problem: LocalizedText?
        var saved: Bool
    }

    static func list(_ model: ListModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.careTeamSetup
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            if let problem = model.problem { Components.alert(problem(language)) }
            ul(.class("item-list")) {
                for careTeam in model.careTeams {
                    li {
                        a(.href(careTeam.link)) { careTeam.name }
                        p(.class("item-meta")) {
                            [
                                (careTeam.isHIM ? words.kindHIM : words.kindTeam)(language),
                                Strings.careTeamInbox.responseTime(careTeam.responseDays)(language),
                                words.memberCount(careTeam.members)(language),
                            ].joined(separator: " · ")
                        }
                    }
                }
            }
            section(.class("card"), Attribute("aria-labelledby", "new-care-team-heading")) {
                h2(.id("new-care-team-heading")) { words.add(language) }
                form(.method("post"), .action(Routes.staffCareTeams()), .class("narrow")) {
                    Components.csrfField(context)
                    fields(model.form, isNew: true, language: language)
                    button(.type("submit")) { words.create(language) }
                }
            }
        }
    }

    static func careTeam(_ model: CareTeamModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.careTeamSetup
        return Layout.page(title: model.name, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffCareTeams())) { words.title(language) } }
            h1 { model.name }
            if model.saved { div(.class("notice"), .role("status")) { p { words.saved(language) } } }
            if let problem = model.problem { Components.alert(problem(language)) }
            section(Attribute("aria-labelledby", "members-heading")) {
                h2(.id("members-heading")) { words.members(language) }
                if model.members.isEmpty {
                    p { words.noMembers(language) }
                } else {
                    ul(.class("item-list")) {
                        for member in model.members {
                            li {
                                "\(member.name) · \(member.role(language)) "
                                form(.method("post"), .action(member.removeAction), .class("inline")) {
                                    Components.csrfField(context)
                                    button(
                                        .type("submit"), .class("secondary"), .ariaLabel(words.removeNamed(member.name)(language))
                                    ) {
                                        words.remove(language)
                                    }
                                }
                            }
                        }
                    }
                }
                if !model.candidates.isEmpty {
                    form(.method("post"), .action(model.addAction), .class("inline-form")) {
                        Components.csrfField(context)
                        label(.for("staff")) { words.addMember(language) }
                        select(.id("staff"), .name("staff")) {
                            for candidate in model.candidates { option(.value(candidate.id)) { candidate.label } }
                        }
                        button(.type("submit"), .class("secondary")) { words.addButton(language) }
                    }
                }
            }
            section(.class("card"), Attribute("aria-labelledby", "settings-heading")) {
                h2(.id("settings-heading")) { words.settings(language) }
                form(.method("post"), .action(model.action), .class("narrow")) {
                    Components.csrfField(context)
                    fields(model.form, isNew: false, language: language)
                    button(.type("submit")) { words.save(language) }
                }
            }
        }
    }

    private static func fields(_ form: FormValues, isNew: Bool, language: Language) -> Node {
        let words = Strings.careTeamSetup
        return Node.fragment([
            Components.field(
                id: "name_en", label: words.nameEnglish(language), type: "text", name: "name_en", value: form.nameEnglish,
                autocomplete: "off", extra: [.maxlength(80)]),
            Components.field(
                id: "name_es", label: words.nameSpanish(language), type: "text", name: "name_es", value: form.nameSpanish,
                autocomplete: "off", extra: [.maxlength(80), .lang("es")]),
            isNew
                ? Components.choice(
                    id: "kind", label: words.kind(language), error: nil, selected: form.kind, language: language,
                    options: [("care_team", words.kindTeam), ("him", words.kindHIM)])
                : Node.empty,
            Components.field(
                id: "response_days", label: words.responseDays(language), type: "number", name: "response_days",
                value: form.responseDays, autocomplete: "off",
                extra: [Attribute("min", "1"), Attribute("max", "10"), .inputmode("numeric")]),
            div(.class("field checkbox")) {
                input(
                    .type("checkbox"), .id("sends_digest"), .name("sends_digest"), .value("on"),
                    form.sendsDigest ? Attribute("checked", nil) : nil)
                label(.for("sends_digest")) { words.digest(language) }
            },
            DepartmentSetupPages.categoryField(
                selected: form.category, label: words.confidential(language), hint: words.confidentialHint(language),
                language: language),
        ])
    }
}
