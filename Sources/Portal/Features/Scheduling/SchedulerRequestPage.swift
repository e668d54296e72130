import PortalCore
import PortalHTML

/// One request for the scheduler: what the family asked, and the ways to answer it, each a
/// form of its own. A form that comes back with problems keeps what was typed.
enum SchedulerRequestPage {
    struct Model: Sendable {
        var patientName: String
        var dateOfBirth: String
        var department: String
        var backLink: String
        var kind: SchedulingRequest.Kind
        var facts: [(label: LocalizedText, value: String)]
        var isOpen: Bool
        var status: LocalizedText
        var action: String
        var offersVideo: Bool
        /// The family asked for a video visit: the video box starts ticked.
        var prefersVideo: Bool
        var zoneName: String
        /// The form that was sent, with what was typed and what was wrong, keyed by field name.
        var sentForm: String?
        var values: [String: String]
        var errors: [String: LocalizedText]
        var flash: LocalizedText?
        var problem: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return Layout.page(title: "\(model.department): \(model.patientName)", context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToQueue(language) } }
            if let flash = model.flash { div(.class("notice"), .role("status")) { p { flash(language) } } }
            if let problem = model.problem { Components.alert(problem(language)) }
            section(.class("card patient-banner"), .ariaLabel(words.patient(language))) {
                p {
                    strong { model.patientName }
                    " · "
                    model.dateOfBirth
                }
            }
            h1 { "\(model.kind.title(language)): \(model.department)" }
            p { strong { model.status(language) } }
            dl(.class("facts")) {
                for fact in model.facts {
                    dt { fact.label(language) }
                    dd(.class("message-body")) { fact.value }
                }
            }
            if model.isOpen {
                switch model.kind {
                case .appointment:
                    bookForm(model, context: context)
                    offerForm(model, context: context)
                    declineForm(model, context: context)
                case .cancellation:
                    cancellationForms(model, context: context)
                case .interpreter:
                    interpreterForms(model, context: context)
                }
            }
        }
    }

    private static func value(_ model: Model, _ form: String, _ name: String, default fallback: String = "") -> String {
        model.sentForm == form ? model.values[name] ?? fallback : fallback
    }

    private static func error(_ model: Model, _ form: String, _ name: String, _ language: Language) -> String? {
        model.sentForm == form ? model.errors[name]?(language) : nil
    }

    private static func hidden(_ action: String, _ context: PageContext) -> Node {
        Node.fragment([Components.csrfField(context), input(.type("hidden"), .name("action"), .value(action))])
    }

    private static func visitFields(_ model: Model, _ form: String, language: Language) -> Node {
        let words = Strings.schedulerQueue
        return Node.fragment([
            Components.field(
                id: "\(form)-minutes", label: words.minutes(language), type: "number", name: "minutes",
                value: value(model, form, "minutes", default: "30"), autocomplete: "off",
                error: error(model, form, "minutes", language), extra: [Attribute("min", "10"), Attribute("max", "240")]),
            Components.field(
                id: "\(form)-clinician", label: words.clinician(language), type: "text", name: "clinician",
                value: value(model, form, "clinician"), autocomplete: "off", required: false, extra: [.maxlength(100)]),
            model.offersVideo
                ? div(.class("field checkbox")) {
                    input(
                        .type("checkbox"), .id("\(form)-video"), .name("video"), .value("1"),
                        Attribute.flag(
                            "checked",
                            model.sentForm == form ? model.values["video"] == "1" : model.prefersVideo))
                    label(.for("\(form)-video")) { words.video(language) }
                } : .empty,
            Components.field(
                id: "\(form)-instruction", label: words.instruction(language), type: "text", name: "instruction",
                value: value(model, form, "instruction"), autocomplete: "off",
                error: error(model, form, "instruction", language), required: false, extra: [.maxlength(500)]),
        ])
    }

    private static func slotFields(_ model: Model, _ form: String, index: Int, required: Bool, language: Language) -> Node {
        let words = Strings.schedulerQueue
        let suffix = index == 0 ? "" : "\(index)"
        return div(.class("slot-fields")) {
            Components.field(
                id: "\(form)-date\(suffix)", label: words.date(language), type: "date", name: "date\(suffix)",
                value: value(model, form, "date\(suffix)"), autocomplete: "off",
                error: error(model, form, "date\(suffix)", language), required: required)
            Components.field(
                id: "\(form)-time\(suffix)", label: words.time(language), type: "time", name: "time\(suffix)",
                value: value(model, form, "time\(suffix)"), autocomplete: "off",
                error: error(model, form, "time\(suffix)", language), required: required)
        }
    }

    private static func bookForm(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return section(.class("card"), .ariaLabel(words.book(language))) {
            h2 { words.book(language) }
            p(.class("hint")) { words.timesIn(model.zoneName)(language) }
            form(.method("post"), .action(model.action)) {
                hidden("book", context)
                slotFields(model, "book", index: 0, required: true, language: language)
                visitFields(model, "book", language: language)
                button(.type("submit")) { words.book(language) }
            }
        }
    }

    private static func offerForm(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return section(.class("card"), .ariaLabel(words.offer(language))) {
            h2 { words.offer(language) }
            p(.class("hint")) { words.offerHint(language) }
            p(.class("hint")) { words.timesIn(model.zoneName)(language) }
            form(.method("post"), .action(model.action)) {
                hidden("offer", context)
                for index in 1...3 {
                    fieldset(.class("field")) {
                        legend { words.slot(index)(language) }
                        slotFields(model, "offer", index: index, required: index == 1, language: language)
                    }
                }
                visitFields(model, "offer", language: language)
                noteField(model, "offer", label: words.note, required: false, language: language)
                button(.type("submit"), .class("secondary")) { words.offer(language) }
            }
        }
    }

    private static func declineForm(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return section(.class("card"), .ariaLabel(words.decline(language))) {
            h2 { words.decline(language) }
            form(.method("post"), .action(model.action)) {
                hidden("decline", context)
                noteField(model, "decline", label: words.declineNote, required: true, language: language)
                button(.type("submit"), .class("secondary")) { words.decline(language) }
            }
        }
    }

    private static func cancellationForms(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return Node.fragment([
            form(.method("post"), .action(model.action)) {
                hidden("confirm_cancel", context)
                button(.type("submit")) { words.confirmCancel(language) }
            },
            section(.class("card"), .ariaLabel(words.keepAppointment(language))) {
                h2 { words.keepAppointment(language) }
                form(.method("post"), .action(model.action)) {
                    hidden("keep", context)
                    noteField(model, "keep", label: words.declineNote, required: true, language: language)
                    button(.type("submit"), .class("secondary")) { words.keepAppointment(language) }
                }
            },
        ])
    }

    private static func interpreterForms(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.schedulerQueue
        return Node.fragment([
            form(.method("post"), .action(model.action)) {
                hidden("confirm_interpreter", context)
                button(.type("submit")) { words.confirmInterpreter(language) }
            },
            section(.class("card"), .ariaLabel(words.cannotArrange(language))) {
                h2 { words.cannotArrange(language) }
                form(.method("post"), .action(model.action)) {
                    hidden("decline", context)
                    noteField(model, "decline", label: words.declineNote, required: true, language: language)
                    button(.type("submit"), .class("secondary")) { words.cannotArrange(language) }
                }
            },
        ])
    }

    private static func noteField(
        _ model: Model, _ form: String, label labelText: LocalizedText, required: Bool, language: Language
    ) -> Node {
        let id = "\(form)-note"
        let problem = error(model, form, "note", language)
        return div(.class(problem == nil ? "field" : "field has-error")) {
            label(.for(id)) { labelText(language) }
            p(.id("\(id)-hint"), .class("hint")) { Strings.schedulerQueue.declineHint(language) }
            if let problem { p(.id("\(id)-error"), .class("error-text")) { problem } }
            textarea(
                .id(id), .name("note"), .maxlength(500), Attribute("rows", "3"), required ? .required : nil,
                .ariaInvalid(problem != nil), .ariaDescribedBy(problem == nil ? "\(id)-hint" : "\(id)-hint \(id)-error")
            ) { value(model, form, "note") }
        }
    }
}
