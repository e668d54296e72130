import PortalCore
import PortalHTML

/// One request as the family sees it: what they asked for, where it stands, and, when
/// the schedulers offered times, the choice between them.
enum SchedulingRequestPage {
    struct Slot: Sendable {
        var value: String
        var text: String
    }

    enum Outcome: Sendable {
        case waiting(expectBy: String)
        case booked(appointmentLink: String?)
        case offered(action: String, slots: [Slot], details: String, error: LocalizedText?)
        case declined(note: String?)
        case withdrawn
    }

    struct Model: Sendable {
        var patientName: String
        var backLink: String
        var department: String
        var sent: String
        var status: LocalizedText
        var asked: [(label: LocalizedText, value: String)]
        var outcome: Outcome
        var note: String?
        var flash: LocalizedText?
        /// Offered while the request is still waiting or has times to pick from.
        var withdrawAction: String? = nil
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.scheduling
        return Layout.page(title: words.requestTitle(language), context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToAppointments(language) } }
            if let flash = model.flash { div(.class("notice"), .role("status")) { p { flash(language) } } }
            h1 { words.requestTo(model.department)(language) }
            p(.class("item-meta")) { [model.patientName, model.sent].joined(separator: " · ") }
            p { strong { model.status(language) } }
            switch model.outcome {
            case .waiting(let expectBy):
                p { words.expectAnswer(expectBy)(language) }
            case .booked(let link):
                p { words.bookedIntro(language) }
                if let link { p { a(.href(link), .class("button")) { words.seeAppointment(language) } } }
            case .offered(let action, let slots, let details, let error):
                offered(action: action, slots: slots, details: details, error: error, context: context)
            case .declined:
                p { words.declinedIntro(language) }
            case .withdrawn:
                p { words.withdrawn(language) }
            }
            if let note = model.note {
                h2 { words.noteFromTeam(language) }
                p(.class("message-body")) { note }
            }
            if let withdraw = model.withdrawAction {
                form(.method("post"), .action(withdraw), .class("inline-form")) {
                    Components.csrfField(context)
                    p(.class("hint")) { words.withdrawHint(language) }
                    button(.type("submit"), .class("secondary")) { words.withdraw(language) }
                }
            }
            h2 { words.whatYouAsked(language) }
            dl(.class("facts")) {
                for item in model.asked {
                    dt { item.label(language) }
                    dd { item.value }
                }
            }
        }
    }

    private static func offered(
        action: String, slots: [Slot], details: String, error: LocalizedText?, context: PageContext
    ) -> Node {
        let language = context.language
        let words = Strings.scheduling
        return form(.method("post"), .action(action)) {
            Components.csrfField(context)
            fieldset(.class(error == nil ? "field" : "field has-error")) {
                legend { words.offeredIntro(language) }
                p(.class("hint")) { details }
                if let error { p(.class("error-text")) { error(language) } }
                for (index, slot) in slots.enumerated() {
                    div(.class("field checkbox")) {
                        input(.type("radio"), .id("slot-\(index)"), .name("choice"), .value(slot.value))
                        label(.for("slot-\(index)")) { slot.text }
                    }
                }
                div(.class("field checkbox")) {
                    input(.type("radio"), .id("slot-none"), .name("choice"), .value("none"))
                    label(.for("slot-none")) { words.noneWork(language) }
                }
            }
            button(.type("submit")) { words.choose(language) }
        }
    }
}
