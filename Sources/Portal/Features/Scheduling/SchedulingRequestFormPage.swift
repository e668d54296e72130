import PortalCore
import PortalHTML

/// The family's request for an appointment: the department, the reason, the days and
/// times that suit them, in person or video, a call-back number and an interpreter.
enum SchedulingRequestFormPage {
    struct DepartmentOption: Sendable {
        var id: String
        var label: String
        var reasons: [(stored: String, shown: String)]
    }

    struct Values: Sendable {
        var department = ""
        var reason = ""
        var details = ""
        var days: [String] = []
        var times: Set<String> = []
        var mode = ""
        var phone = ""
        var interpreter = ""
        var key = ""
        var share = false
    }

    struct Problems: Sendable {
        var department: LocalizedText?
        var reason: LocalizedText?
        var details: LocalizedText?
        var days: LocalizedText?
        var mode: LocalizedText?
        var phone: LocalizedText?
        var interpreter: LocalizedText?

        var isEmpty: Bool {
            [department, reason, details, days, mode, phone, interpreter].allSatisfy { $0 == nil }
        }
    }

    struct Model: Sendable {
        var patientName: String
        var action: String
        var backLink: String
        var departments: [DepartmentOption]
        /// Whether the form asks a teen if their parents may see the request.
        var offersSharing: Bool
        var values: Values
        var problems: Problems
    }

    static let somethingElse = "other"

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.scheduling
        let problems = model.problems
        let values = model.values
        return Layout.page(title: words.newRequestFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToAppointments(language) } }
            h1 { words.newRequestFor(model.patientName)(language) }
            p { words.formIntro(language) }
            if !problems.isEmpty { Components.alert(words.fixProblems(language)) }
            if model.departments.isEmpty {
                p { words.noDepartments(language) }
            } else {
                form(.method("post"), .action(model.action), .class("request-form")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("key"), .value(values.key))
                    fieldset(.class(problems.department == nil ? "field" : "field has-error")) {
                        legend { words.department(language) }
                        if let error = problems.department { p(.class("error-text")) { error(language) } }
                        for option in model.departments {
                            div(.class("field checkbox")) {
                                input(
                                    .type("radio"), .id("department-\(option.id)"), .name("department"), .value(option.id),
                                    Attribute.flag("checked", values.department == option.id))
                                label(.for("department-\(option.id)")) { option.label }
                            }
                        }
                    }
                    reasonField(model, language: language)
                    detailsField(values, problems, language: language)
                    fieldset(.class(problems.days == nil ? "field" : "field has-error")) {
                        legend { words.preferredDays(language) }
                        p(.class("hint")) { words.preferredDaysHint(language) }
                        if let error = problems.days { p(.class("error-text")) { error(language) } }
                        for index in 0..<PreferredDays.maxDays {
                            div(.class("field")) {
                                label(.for("day-\(index)")) { words.dayLabel(index + 1)(language) }
                                input(
                                    .type("date"), .id("day-\(index)"), .name("days[]"),
                                    .value(index < values.days.count ? values.days[index] : ""))
                            }
                        }
                    }
                    fieldset(.class("field")) {
                        legend { words.timesOfDay(language) }
                        p(.class("hint")) { words.timesOfDayHint(language) }
                        for time in TimeOfDay.allCases {
                            div(.class("field checkbox")) {
                                input(
                                    .type("checkbox"), .id("time-\(time.rawValue)"), .name("times[]"), .value(time.rawValue),
                                    Attribute.flag("checked", values.times.contains(time.rawValue)))
                                label(.for("time-\(time.rawValue)")) { words.timeOfDay(time)(language) }
                            }
                        }
                    }
                    fieldset(.class(problems.mode == nil ? "field" : "field has-error")) {
                        legend { words.visitMode(language) }
                        if let error = problems.mode { p(.class("error-text")) { error(language) } }
                        for mode in SchedulingRequest.VisitMode.allCases {
                            div(.class("field checkbox")) {
                                input(
                                    .type("radio"), .id("mode-\(mode.rawValue)"), .name("mode"), .value(mode.rawValue),
                                    Attribute.flag("checked", values.mode == mode.rawValue))
                                label(.for("mode-\(mode.rawValue)")) { words.mode(mode)(language) }
                            }
                        }
                    }
                    Components.field(
                        id: "phone", label: words.phone(language), type: "tel", name: "phone", value: values.phone,
                        autocomplete: "tel", error: problems.phone?(language), hint: words.phoneHint(language),
                        extra: [.maxlength(25)])
                    Components.field(
                        id: "interpreter", label: words.interpreter(language), type: "text", name: "interpreter",
                        value: values.interpreter, autocomplete: "off", error: problems.interpreter?(language),
                        hint: words.interpreterHint(language), required: false, extra: [.maxlength(40)])
                    SharingChoice.field(model.offersSharing, checked: values.share, idPrefix: "request", language: language)
                    button(.type("submit")) { words.send(language) }
                }
            }
        }
    }

    /// One list of reasons: each department's common ones under its name, then "Something else".
    private static func reasonField(_ model: Model, language: Language) -> Node {
        let words = Strings.scheduling
        let error = model.problems.reason
        return div(.class(error == nil ? "field" : "field has-error")) {
            label(.for("reason")) { words.reason(language) }
            if let error { p(.id("reason-error"), .class("error-text")) { error(language) } }
            select(
                .id("reason"), .name("reason"), .required, .ariaInvalid(error != nil),
                error == nil ? nil : .ariaDescribedBy("reason-error")
            ) {
                option(.value("")) { Strings.layout.chooseOne(language) }
                for department in model.departments where !department.reasons.isEmpty {
                    element("optgroup", [Attribute("label", department.label)]) {
                        for reason in department.reasons {
                            option(
                                .value("\(department.id)|\(reason.stored)"),
                                Attribute.flag("selected", model.values.reason == "\(department.id)|\(reason.stored)")
                            ) { reason.shown }
                        }
                    }
                }
                option(.value(somethingElse), Attribute.flag("selected", model.values.reason == somethingElse)) {
                    words.somethingElse(language)
                }
            }
        }
    }

    private static func detailsField(_ values: Values, _ problems: Problems, language: Language) -> Node {
        let words = Strings.scheduling
        let error = problems.details
        return div(.class(error == nil ? "field" : "field has-error")) {
            label(.for("details")) { words.details(language) }
            p(.id("details-hint"), .class("hint")) { words.detailsHint(language) }
            if let error { p(.id("details-error"), .class("error-text")) { error(language) } }
            textarea(
                .id("details"), .name("details"), .maxlength(1000), Attribute("rows", "4"), .ariaInvalid(error != nil),
                .ariaDescribedBy(error == nil ? "details-hint" : "details-hint details-error")
            ) { values.details }
        }
    }
}
