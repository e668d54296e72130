import PortalCore
import PortalHTML

/// The family's renewal request: the form, or why this medicine cannot be asked for here.
enum RenewalFormPage {
    struct Values: Sendable {
        var pharmacy = ""
        var newPharmacy = ""
        var daysLeft = ""
        var comment = ""
        var key = ""
        var share = false
    }

    struct Problems: Sendable {
        var pharmacy: LocalizedText?
        var newPharmacy: LocalizedText?
        var daysLeft: LocalizedText?
        var comment: LocalizedText?

        var isEmpty: Bool { [pharmacy, newPharmacy, daysLeft, comment].allSatisfy { $0 == nil } }
    }

    enum State: Sendable {
        case form(action: String, intro: LocalizedText, pharmacies: [String], values: Values, problems: Problems)
        case refused(LocalizedText, link: (text: LocalizedText, path: String)?)
    }

    struct Model: Sendable {
        var medicine: String
        var patientName: String
        var backLink: String
        var state: State
        /// Whether the form asks a teen if their parents may see the request.
        var offersSharing = false
    }

    static let otherPharmacy = "other"

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.renewals
        return Layout.page(title: words.titleFor(model.medicine)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToMedications(language) } }
            h1 { words.titleFor(model.medicine)(language) }
            p(.class("item-meta")) { model.patientName }
            switch model.state {
            case .refused(let message, let link):
                p(.class("warning")) { message(language) }
                if let link { p { a(.href(link.path), .class("button")) { link.text(language) } } }
            case .form(let action, let intro, let pharmacies, let values, let problems):
                p { intro(language) }
                if !problems.isEmpty { Components.alert(Strings.scheduling.fixProblems(language)) }
                form(.method("post"), .action(action), .class("renewal-form")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("key"), .value(values.key))
                    fieldset(.class(problems.pharmacy == nil ? "field" : "field has-error")) {
                        legend { words.pharmacy(language) }
                        if let error = problems.pharmacy { p(.class("error-text")) { error(language) } }
                        for (index, pharmacy) in pharmacies.enumerated() {
                            div(.class("field checkbox")) {
                                input(
                                    .type("radio"), .id("pharmacy-\(index)"), .name("pharmacy"), .value(pharmacy),
                                    Attribute.flag("checked", values.pharmacy == pharmacy))
                                label(.for("pharmacy-\(index)")) { pharmacy }
                            }
                        }
                        div(.class("field checkbox")) {
                            input(
                                .type("radio"), .id("pharmacy-other"), .name("pharmacy"), .value(otherPharmacy),
                                Attribute.flag("checked", values.pharmacy == otherPharmacy))
                            label(.for("pharmacy-other")) { words.otherPharmacy(language) }
                        }
                    }
                    Components.field(
                        id: "new-pharmacy", label: words.newPharmacy(language), type: "text", name: "new_pharmacy",
                        value: values.newPharmacy, autocomplete: "off", error: problems.newPharmacy?(language),
                        hint: words.newPharmacyHint(language), required: false, extra: [.maxlength(200)])
                    Components.field(
                        id: "days-left", label: words.daysLeft(language), type: "number", name: "days_left",
                        value: values.daysLeft, autocomplete: "off", error: problems.daysLeft?(language),
                        hint: words.daysLeftHint(language),
                        extra: [Attribute("min", "0"), Attribute("max", "90"), .inputmode("numeric")])
                    div(.class(problems.comment == nil ? "field" : "field has-error")) {
                        label(.for("comment")) { words.comment(language) }
                        p(.id("comment-hint"), .class("hint")) { words.commentHint(language) }
                        if let error = problems.comment { p(.id("comment-error"), .class("error-text")) { error(language) } }
                        textarea(
                            .id("comment"), .name("comment"), .maxlength(500), Attribute("rows", "3"),
                            .ariaInvalid(problems.comment != nil),
                            .ariaDescribedBy(problems.comment == nil ? "comment-hint" : "comment-hint comment-error")
                        ) { values.comment }
                    }
                    SharingChoice.field(model.offersSharing, checked: values.share, idPrefix: "renewal", language: language)
                    button(.type("submit")) { words.send(language) }
                }
            }
        }
    }
}

/// One renewal request as the family sees it, and as the clinician reviews it.
enum RenewalPage {
    struct Model: Sendable {
        var medicine: String
        var patientName: String
        var backLink: String
        var backText: LocalizedText
        var status: LocalizedText
        var outcome: LocalizedText?
        var note: String?
        var facts: [(label: LocalizedText, value: String)]
        var appointmentLink: String?
        var flash: LocalizedText?
        var problem: LocalizedText?
        var review: Review?
    }

    /// The clinician's decision forms, each keeping what was typed when it comes back.
    struct Review: Sendable {
        var action: String
        var sentDecision: String?
        var refills: String
        var note: String
        var errors: [String: LocalizedText]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.renewals
        return Layout.page(title: words.titleFor(model.medicine)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { model.backText(language) } }
            if let flash = model.flash { div(.class("notice"), .role("status")) { p { flash(language) } } }
            if let problem = model.problem { Components.alert(problem(language)) }
            h1 { words.titleFor(model.medicine)(language) }
            p(.class("item-meta")) { model.patientName }
            p { strong { model.status(language) } }
            if let outcome = model.outcome { p { outcome(language) } }
            if let note = model.note {
                h2 { words.noteFromTeam(language) }
                p(.class("message-body")) { note }
            }
            if let link = model.appointmentLink { p { a(.href(link), .class("button")) { words.requestAppointment(language) } } }
            dl(.class("facts")) {
                for fact in model.facts {
                    dt { fact.label(language) }
                    dd(.class("message-body")) { fact.value }
                }
            }
            if let review = model.review { reviewForms(review, context: context) }
        }
    }

    private static func reviewForms(_ review: Review, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.renewals
        func error(_ decision: String, _ field: String) -> String? {
            review.sentDecision == decision ? review.errors[field]?(language) : nil
        }
        func note(_ decision: String, required: Bool) -> Node {
            let id = "\(decision)-note"
            let problem = error(decision, "note")
            return div(.class(problem == nil ? "field" : "field has-error")) {
                label(.for(id)) { words.noteForFamily(language) }
                p(.id("\(id)-hint"), .class("hint")) { words.noteHint(required)(language) }
                if let problem { p(.id("\(id)-error"), .class("error-text")) { problem } }
                textarea(
                    .id(id), .name("note"), .maxlength(500), Attribute("rows", "3"), required ? .required : nil,
                    .ariaInvalid(problem != nil),
                    .ariaDescribedBy(problem == nil ? "\(id)-hint" : "\(id)-hint \(id)-error")
                ) { review.sentDecision == decision ? review.note : "" }
            }
        }
        func decisionForm(_ decision: String, _ title: LocalizedText, @HTMLBuilder fields: () -> Node) -> Node {
            section(.class("card"), .ariaLabel(title(language))) {
                h2 { title(language) }
                form(.method("post"), .action(review.action)) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("decision"), .value(decision))
                    fields()
                    button(.type("submit"), .class(decision == "approve" ? "primary" : "secondary")) { title(language) }
                }
            }
        }
        return Node.fragment([
            decisionForm("approve", words.approve) {
                Components.field(
                    id: "approve-refills", label: words.refills(language), type: "number", name: "refills",
                    value: review.sentDecision == "approve" ? review.refills : "0", autocomplete: "off",
                    error: error("approve", "refills"), hint: words.refillsHint(language),
                    extra: [Attribute("min", "0"), Attribute("max", "11")])
                note("approve", required: false)
            },
            decisionForm("needs_visit", words.needsVisit) { note("needs_visit", required: false) },
            decisionForm("deny", words.deny) { note("deny", required: true) },
        ])
    }
}
