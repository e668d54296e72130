import PortalCore
import PortalFHIR
import PortalHTML

/// The check-in's pages: the list of steps, the contact details, a questionnaire's parts.
enum CheckInPages {
    struct Step: Sendable {
        var name: String
        var status: String
        /// Nil when the step is the patient's own and the viewer a parent.
        var link: String?
        var isSaved: Bool
    }

    struct HubModel: Sendable {
        var visit: String
        var startsAt: String
        var appointmentLink: String
        var steps: [Step]
        var finishAction: String
        var done: String?
        var problem: LocalizedText?
    }

    static func hub(_ model: HubModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        return Layout.page(title: words.titleFor(model.visit)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.appointmentLink)) { Strings.checkIn.backToVisit(language) } }
            h1 { words.titleFor(model.visit)(language) }
            p(.class("lead")) { words.intro(model.startsAt)(language) }
            if let problem = model.problem { Components.alert(problem(language)) }
            if let done = model.done { div(.class("notice"), .role("status")) { p { done } } }
            ol(.class("check-in-steps")) {
                for step in model.steps {
                    li(.class(step.isSaved ? "saved" : "")) {
                        strong { step.name }
                        " "
                        span(.class("hint")) { step.status }
                        if let link = step.link {
                            p { a(.href(link)) { (step.isSaved ? words.change(step.name) : words.start(step.name))(language) } }
                        }
                    }
                }
            }
            form(.method("post"), .action(model.finishAction)) {
                Components.csrfField(context)
                p(.class("hint")) { words.finishHint(language) }
                button(.type("submit"), .class("primary")) { words.finish(language) }
            }
        }
    }

    struct ContactModel: Sendable {
        var visit: String
        var hubLink: String
        var action: String
        var contact: CheckInContact
        var problems: [CheckInContact.Field: CheckInContact.Problem] = [:]
        var locked: String?
    }

    static func contact(_ model: ContactModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        func error(_ field: CheckInContact.Field) -> String? { model.problems[field].map { words.contactProblem($0)(language) } }
        let values = model.contact
        return Layout.page(title: "\(words.contactStep(language)) · \(words.titleFor(model.visit)(language))", context: context) {
            p(.class("breadcrumb")) { a(.href(model.hubLink)) { words.backToCheckIn(language) } }
            h1 { words.contactStep(language) }
            if !model.problems.isEmpty { Components.alert(words.fixTheFields(language)) }
            if let locked = model.locked {
                p(.class("notice")) { locked }
            } else {
                form(.method("post"), .action(model.action), Attribute("novalidate", nil)) {
                    Components.csrfField(context)
                    Components.field(
                        id: "street", label: words.street(language), type: "text", name: "street", value: values.street,
                        autocomplete: "street-address", error: error(.street), extra: [.maxlength(CheckInContact.textLimit)])
                    Components.field(
                        id: "city", label: words.city(language), type: "text", name: "city", value: values.city,
                        autocomplete: "address-level2", error: error(.city), extra: [.maxlength(CheckInContact.textLimit)])
                    Components.field(
                        id: "state", label: words.state(language), type: "text", name: "state", value: values.state,
                        autocomplete: "address-level1", error: error(.state), extra: [.maxlength(2)])
                    Components.field(
                        id: "zip", label: words.zip(language), type: "text", name: "zip", value: values.zip,
                        autocomplete: "postal-code", error: error(.zip), extra: [.maxlength(10), .inputmode("numeric")])
                    Components.field(
                        id: "home_phone", label: words.homePhone(language), type: "tel", name: "home_phone",
                        value: values.homePhone, autocomplete: "tel", error: error(.homePhone), required: false,
                        extra: [.maxlength(PhoneNumber.maxLength)])
                    Components.field(
                        id: "mobile_phone", label: words.mobilePhone(language), type: "tel", name: "mobile_phone",
                        value: values.mobilePhone, autocomplete: "tel", error: error(.mobilePhone), required: false,
                        extra: [.maxlength(PhoneNumber.maxLength)])
                    Components.field(
                        id: "email", label: words.email(language), type: "email", name: "email", value: values.email,
                        autocomplete: "email", error: error(.email), hint: words.emailHint(language),
                        extra: [.maxlength(CheckInContact.textLimit)])
                    button(.type("submit"), .class("primary")) { words.saveAndContinue(language) }
                }
            }
        }
    }

    struct QuestionnaireModel: Sendable {
        var visit: String
        var hubLink: String
        var action: String
        var title: LocalizedText
        var isPrivate: Bool
        var part: Int
        var parts: Int
        var items: [IntakeQuestionnaire.Item]
        /// Items of this part whose conditions depend on an answer in the same part, with the
        /// words of that condition.
        var conditions: [String: (question: LocalizedText, answer: LocalizedText)]
        var answers: IntakeAnswers
        /// What the person typed, shown again with the problems.
        var typed: [String: [String]]
        var problems: [String: IntakeAnswers.Problem]
        var locked: String?
    }

    static func questionnaire(_ model: QuestionnaireModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        return Layout.page(title: "\(model.title(language)) · \(words.titleFor(model.visit)(language))", context: context) {
            p(.class("breadcrumb")) { a(.href(model.hubLink)) { words.backToCheckIn(language) } }
            h1 { model.title(language) }
            p(.class("hint")) { words.partOf(model.part + 1, model.parts)(language) }
            if model.isPrivate { p(.class("notice")) { words.privateNote(language) } }
            if !model.problems.isEmpty { Components.alert(words.fixTheFields(language)) }
            if let locked = model.locked {
                p(.class("notice")) { locked }
            } else {
                form(.method("post"), .action(model.action), Attribute("novalidate", nil), .class("questionnaire")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("part"), .value(String(model.part)))
                    for item in model.items { self.item(item, model, language) }
                    button(.type("submit"), .class("primary")) { words.saveAndContinue(language) }
                }
            }
        }
    }

    private static func item(_ item: IntakeQuestionnaire.Item, _ model: QuestionnaireModel, _ language: Language) -> Node {
        let words = Strings.checkIn
        let id = "q-" + item.linkID.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let error = model.problems[item.linkID].map { words.answerProblem($0)(language) }
        let condition = model.conditions[item.linkID].map { words.onlyIf($0.question(language), $0.answer(language))(language) }
        let typed = model.typed[item.linkID] ?? model.answers[item.linkID].map { Self.formValue($0) }
        let hint = condition
        let label = item.text(language)
        switch item.type {
        case .display:
            return p(.class("hint")) { item.text(language) }
        case .group:
            return fieldset(.class("field group")) {
                legend { item.text(language) }
                for child in item.items { self.item(child, model, language) }
            }
        case .string, .date, .integer:
            let type = item.type == .date ? "date" : "text"
            return Components.field(
                id: id, label: label, type: type, name: item.linkID, value: typed.first ?? "", autocomplete: "off",
                error: error, hint: hint, required: item.required && condition == nil,
                extra: item.type == .integer
                    ? [.inputmode("numeric"), .maxlength(9)]
                    : item.type == .string
                        ? [.maxlength(min(item.maxLength ?? IntakeAnswers.textLimit, IntakeAnswers.textLimit))] : [])
        case .text:
            let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
            return div(.class(error == nil ? "field" : "field has-error")) {
                PortalHTML.label(.for(id)) { label }
                if let hint { p(.id("\(id)-hint"), .class("hint")) { hint } }
                if let error { p(.id("\(id)-error"), .class("error-text")) { error } }
                textarea(
                    .id(id), .name(item.linkID),
                    .maxlength(min(item.maxLength ?? IntakeAnswers.textLimit, IntakeAnswers.textLimit)),
                    Attribute("rows", "4"), .ariaInvalid(error != nil),
                    describedBy.isEmpty ? nil : .ariaDescribedBy(describedBy.joined(separator: " "))
                ) { typed.first ?? "" }
            }
        case .boolean, .choice:
            let options: [(String, String)] =
                item.type == .boolean
                ? [("yes", words.yes(language)), ("no", words.no(language))]
                : item.options.map { ($0.code, $0.display(language)) }
            let multiple = item.type == .choice && item.repeats
            return fieldset(.class(error == nil ? "field" : "field has-error")) {
                legend { label }
                if let hint { p(.class("hint")) { hint } }
                if let error { p(.class("error-text")) { error } }
                for (index, option) in options.enumerated() {
                    div(.class("field checkbox")) {
                        input(
                            .type(multiple ? "checkbox" : "radio"), .id("\(id)-\(index)"), .name(item.linkID),
                            .value(option.0), Attribute.flag("checked", typed.contains(option.0)))
                        PortalHTML.label(.for("\(id)-\(index)")) { option.1 }
                    }
                }
            }
        }
    }

    /// An answer as the form field carries it.
    static func formValue(_ answer: IntakeAnswer) -> String {
        switch answer {
        case .string(let text): text
        case .boolean(let flag): flag ? "yes" : "no"
        case .date(let date): date.iso
        case .integer(let number): String(number)
        case .coding(_, let code): code
        }
    }
}
