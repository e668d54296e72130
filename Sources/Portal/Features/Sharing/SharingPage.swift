import PortalCore
import PortalHTML

/// The family's page for one patient's share codes: a form to make one (for those who may
/// share), and every code with every try at it.
enum SharingPage {
    struct Code: Sendable {
        var revokeLink: String
        var ending: String
        var kind: SharedRecordKind
        var note: String?
        var state: ShareCodeRules.State
        /// When it ends, ended, was stopped or locked, as the family reads it.
        var stateMoment: String
        var madeOn: String
        /// Who made it, when not the viewer.
        var madeBy: String?
        var uses: [(when: String, browser: String, outcome: String)]
    }

    struct Form: Sendable {
        var kind = ""
        var days = "30"
        var note = ""
        var kindError: LocalizedText?
        var noteError: LocalizedText?
        var problem: LocalizedText?
        /// Identifies this form: sent twice (a refresh of the page showing the code), it makes one code.
        var submissionKey = RandomToken.make()
    }

    struct Model: Sendable {
        var patientName: String
        var recordLink: String
        var createLink: String
        /// Nil when the viewer may not share this record (a parent of a 12-17-year-old).
        var form: Form?
        var codes: [Code]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.sharing
        return Layout.page(title: words.titleFor(model.patientName)(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.recordLink)) { Strings.results.backToRecord(language) } }
            h1 { words.titleFor(model.patientName)(language) }
            p(.class("lead")) { words.explanation(language) }
            if let form = model.form {
                newCodeForm(form, action: model.createLink, context: context)
            } else {
                div(.class("notice")) { p { words.teenDecides(model.patientName)(language) } }
            }
            h2 { words.yourCodes(language) }
            if model.codes.isEmpty { p { words.noCodes(language) } }
            for code in model.codes { codeCard(code, context: context) }
        }
    }

    private static func newCodeForm(_ form: Form, action: String, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.sharing
        return section(.class("card"), Attribute("aria-labelledby", "new-code")) {
            h2(.id("new-code")) { words.newCode(language) }
            if let problem = form.problem { Components.alert(problem(language)) }
            PortalHTML.form(.method("post"), .action(action), Attribute("novalidate", nil)) {
                Components.csrfField(context)
                input(.type("hidden"), .name("key"), .value(form.submissionKey))
                fieldset(.class(form.kindError == nil ? "field" : "field has-error")) {
                    legend { words.whatToShare(language) }
                    if let error = form.kindError { p(.class("error-text")) { error(language) } }
                    for kind in SharedRecordKind.allCases {
                        div(.class("field checkbox")) {
                            input(
                                .type("radio"), .id("kind-\(kind.rawValue)"), .name("kind"), .value(kind.rawValue),
                                .ariaDescribedBy("kind-\(kind.rawValue)-hint"),
                                Attribute.flag("checked", form.kind == kind.rawValue))
                            label(.for("kind-\(kind.rawValue)")) { words.kindName(kind)(language) }
                            p(.id("kind-\(kind.rawValue)-hint"), .class("hint")) { words.kindHint(kind)(language) }
                        }
                    }
                }
                div(.class("field")) {
                    label(.for("days")) { words.validFor(language) }
                    select(.id("days"), .name("days")) {
                        for days in ShareCodeRules.validityChoices {
                            option(.value(String(days)), Attribute.flag("selected", form.days == String(days))) {
                                words.days(days)(language)
                            }
                        }
                    }
                }
                Components.field(
                    id: "note", label: words.note(language), type: "text", name: "note", value: form.note, autocomplete: "off",
                    error: form.noteError?(language), hint: words.noteHint(language), required: false,
                    extra: [.maxlength(80)])
                button(.type("submit")) { words.create(language) }
            }
        }
    }

    private static func codeCard(_ code: Code, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.sharing
        return section(.class("card share-code"), .ariaLabel(words.codeEnding(code.ending)(language))) {
            h3 { "\(words.kindName(code.kind)(language)) · \(words.codeEnding(code.ending)(language))" }
            if let note = code.note { p { strong { note } } }
            p(.class(code.state == .active ? "status" : "status ended")) {
                switch code.state {
                case .active: words.activeUntil(code.stateMoment)(language)
                case .expired: words.expiredOn(code.stateMoment)(language)
                case .revoked: words.revokedOn(code.stateMoment)(language)
                case .locked: words.lockedOn(code.stateMoment)(language)
                }
            }
            p(.class("hint")) {
                words.madeOn(code.madeOn)(language)
                if let by = code.madeBy { " · \(words.madeBy(by)(language))" }
            }
            if code.uses.isEmpty {
                p { words.notUsed(language) }
            } else {
                // Stacked on a phone: three columns of dates and words do not fit 320 px in Spanish.
                table(.class("results share-uses stack")) {
                    caption { words.usesCaption(language) }
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { words.when(language) }
                            th(Attribute("scope", "col")) { words.browser(language) }
                            th(Attribute("scope", "col")) { words.outcome(language) }
                        }
                    }
                    tbody {
                        for use in code.uses {
                            tr {
                                td(Attribute("data-label", words.when(language))) { use.when }
                                td(Attribute("data-label", words.browser(language))) { use.browser }
                                td(Attribute("data-label", words.outcome(language))) { use.outcome }
                            }
                        }
                    }
                }
            }
            if code.state == .active {
                PortalHTML.form(.method("post"), .action(code.revokeLink)) {
                    Components.csrfField(context)
                    button(.type("submit"), .class("secondary")) { words.revokeLabel(code.ending)(language) }
                }
            }
        }
    }
}
