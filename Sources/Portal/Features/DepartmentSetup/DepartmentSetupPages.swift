import PortalCore
import PortalHTML

/// The administrator's pages for departments: all of them with the form to add one, and
/// one with its settings and its schedulers.
enum DepartmentSetupPages {
    struct Row: Sendable {
        var name: String
        var link: String
        var details: [LocalizedText]
        var schedulers: Int
    }

    struct FormValues: Sendable {
        var ehrKey = ""
        var nameEnglish = ""
        var nameSpanish = ""
        var address = ""
        var phone = ""
        var category = ""
        var takesRequests = true
        var reasonsEnglish = ""
        var reasonsSpanish = ""
        var videoTemplate = ""
        var responseDays = "2"
        var agesFrom = ""
        var agesThrough = ""
    }

    struct ListModel: Sendable {
        var departments: [Row]
        var form: FormValues
        var problem: LocalizedText?
    }

    struct DepartmentModel: Sendable {
        var name: String
        var action: String
        var form: FormValues
        var schedulers: [(name: String, removeAction: String)]
        var candidates: [(id: String, label: String)]
        var addAction: String
        /// Every questionnaire the portal holds, and whether this department asks it.
        var questionnaires: [(id: String, title: String, confidential: Bool, asked: Bool)] = []
        var questionnairesAction: String = ""
        var problem: LocalizedText?
        var saved: Bool
    }

    static func list(_ model: ListModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.departmentSetup
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            if let problem = model.problem { Components.alert(problem(language)) }
            ul(.class("item-list")) {
                for department in model.departments {
                    li {
                        a(.href(department.link)) { department.name }
                        p(.class("item-meta")) {
                            (department.details.map { $0(language) }
                                + [Strings.schedulerQueue.schedulerCount(department.schedulers)(language)])
                                .joined(separator: " · ")
                        }
                    }
                }
            }
            section(.class("card"), .ariaLabel(words.add(language))) {
                h2 { words.add(language) }
                form(.method("post"), .action(Routes.staffDepartments())) {
                    Components.csrfField(context)
                    fields(model.form, language: language)
                    button(.type("submit"), .class("primary")) { words.create(language) }
                }
            }
        }
    }

    static func department(_ model: DepartmentModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.departmentSetup
        return Layout.page(title: model.name, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffDepartments())) { words.title(language) } }
            h1 { model.name }
            if model.saved { div(.class("notice"), .role("status")) { p { words.saved(language) } } }
            if let problem = model.problem { Components.alert(problem(language)) }
            section(.class("card"), .ariaLabel(words.schedulers(language))) {
                h2 { words.schedulers(language) }
                if model.schedulers.isEmpty { p { words.noSchedulers(language) } }
                ul(.class("item-list")) {
                    for scheduler in model.schedulers {
                        li {
                            scheduler.name
                            form(.method("post"), .action(scheduler.removeAction), .class("inline-form")) {
                                Components.csrfField(context)
                                button(.type("submit"), .class("secondary")) { words.removeNamed(scheduler.name)(language) }
                            }
                        }
                    }
                }
                if !model.candidates.isEmpty {
                    form(.method("post"), .action(model.addAction), .class("inline-form")) {
                        Components.csrfField(context)
                        Components.choice(
                            id: "staff", label: words.addScheduler(language), error: nil, selected: "", language: language,
                            options: model.candidates.map { ($0.id, LocalizedText(en: $0.label, es: $0.label)) })
                        button(.type("submit"), .class("secondary")) { words.addButton(language) }
                    }
                }
            }
            section(.class("card"), .ariaLabel(words.questionnaires(language))) {
                h2 { words.questionnaires(language) }
                p(.class("hint")) { words.questionnairesHint(language) }
                if model.questionnaires.isEmpty {
                    p { words.noQuestionnaires(language) }
                } else {
                    form(.method("post"), .action(model.questionnairesAction)) {
                        Components.csrfField(context)
                        fieldset(.class("field")) {
                            legend { words.asksBeforeVisits(language) }
                            for (index, questionnaire) in model.questionnaires.enumerated() {
                                div(.class("field checkbox")) {
                                    input(
                                        .type("checkbox"), .id("questionnaire-\(index)"), .name("questionnaires[]"),
                                        .value(questionnaire.id), Attribute.flag("checked", questionnaire.asked))
                                    label(.for("questionnaire-\(index)")) {
                                        questionnaire.title
                                        if questionnaire.confidential { " (\(words.confidentialScreen(language)))" }
                                    }
                                }
                            }
                        }
                        button(.type("submit"), .class("secondary")) { words.saveQuestionnaires(language) }
                    }
                }
            }
            section(.class("card"), .ariaLabel(words.settings(language))) {
                h2 { words.settings(language) }
                form(.method("post"), .action(model.action)) {
                    Components.csrfField(context)
                    fields(model.form, language: language)
                    button(.type("submit"), .class("primary")) { words.save(language) }
                }
            }
        }
    }

    private static func textArea(id: String, label labelText: String, value: String) -> Node {
        div(.class("field")) {
            label(.for(id)) { labelText }
            textarea(.id(id), .name(id), .maxlength(2000), Attribute("rows", "4")) { value }
        }
    }

    private static func fields(_ form: FormValues, language: Language) -> Node {
        let words = Strings.departmentSetup
        return Node.fragment([
            Components.field(
                id: "ehr_key", label: words.ehrKey(language), type: "text", name: "ehr_key", value: form.ehrKey,
                autocomplete: "off", hint: words.ehrKeyHint(language), extra: [.maxlength(700)]),
            Components.field(
                id: "name_en", label: words.nameEnglish(language), type: "text", name: "name_en", value: form.nameEnglish,
                autocomplete: "off", extra: [.maxlength(80)]),
            Components.field(
                id: "name_es", label: words.nameSpanish(language), type: "text", name: "name_es", value: form.nameSpanish,
                autocomplete: "off", extra: [.maxlength(80), .lang("es")]),
            Components.field(
                id: "address", label: words.address(language), type: "text", name: "address", value: form.address,
                autocomplete: "off", required: false, extra: [.maxlength(200)]),
            Components.field(
                id: "phone", label: words.phone(language), type: "tel", name: "phone", value: form.phone,
                autocomplete: "off", required: false, extra: [.maxlength(40)]),
            categoryField(
                selected: form.category, label: words.confidential(language), hint: words.confidentialHint(language),
                language: language),
            div(.class("field checkbox")) {
                input(
                    .type("checkbox"), .id("takes_requests"), .name("takes_requests"), .value("1"),
                    Attribute.flag("checked", form.takesRequests))
                label(.for("takes_requests")) { words.takesRequests(language) }
            },
            textArea(id: "reasons_en", label: words.reasonsEnglish(language), value: form.reasonsEnglish),
            textArea(id: "reasons_es", label: words.reasonsSpanish(language), value: form.reasonsSpanish),
            Components.field(
                id: "video_template", label: words.videoTemplate(language), type: "url", name: "video_template",
                value: form.videoTemplate, autocomplete: "off", hint: words.videoTemplateHint(language), required: false,
                extra: [.maxlength(500)]),
            Components.field(
                id: "response_days", label: words.responseDays(language), type: "number", name: "response_days",
                value: form.responseDays, autocomplete: "off", extra: [Attribute("min", "1"), Attribute("max", "10")]),
            fieldset {
                legend { words.ages(language) }
                p(.id("ages-hint"), .class("hint")) { words.agesHint(language) }
                Components.field(
                    id: "ages_from", label: words.agesFrom(language), type: "number", name: "ages_from",
                    value: form.agesFrom, autocomplete: "off", required: false,
                    extra: [Attribute("min", "0"), Attribute("max", "120"), Attribute("aria-describedby", "ages-hint")])
                Components.field(
                    id: "ages_through", label: words.agesThrough(language), type: "number", name: "ages_through",
                    value: form.agesThrough, autocomplete: "off", required: false,
                    extra: [Attribute("min", "0"), Attribute("max", "120"), Attribute("aria-describedby", "ages-hint")])
            },
        ])
    }

    /// The choice of a confidential category, for a department or a care team: "not
    /// confidential", then each kind of care a 12-17-year-old may keep from their parents.
    static func categoryField(selected: String, label labelText: String, hint: String, language: Language) -> Node {
        let words = Strings.departmentSetup
        return div(.class("field")) {
            label(.for("category")) { labelText }
            p(.id("category-hint"), .class("hint")) { hint }
            select(.id("category"), .name("category"), .ariaDescribedBy("category-hint")) {
                option(.value("")) { words.notConfidential(language) }
                for category in SensitiveCategory.careCategories {
                    option(.value(category.rawValue), Attribute.flag("selected", selected == category.rawValue)) {
                        words.category(category)(language)
                    }
                }
            }
        }
    }
}
