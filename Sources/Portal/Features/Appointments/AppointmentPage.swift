import PortalCore
import PortalHTML

/// One appointment: when and where, what to bring, the calendar file, and what the family
/// can do with it: join a video visit inside its window, invite a guest, ask to cancel.
enum AppointmentPage {
    enum VideoState: Sendable {
        case open(joinLink: String)
        case notYet(opensAt: String, countdown: String, opensAtMilliseconds: Int)
        case ended
        case notConfigured
    }

    struct Guest: Sendable {
        var name: String
        var state: LocalizedText
        var revokeAction: String?
    }

    struct GuestForm: Sendable {
        var action: String
        var key: String
        var name: String
        var error: LocalizedText?
    }

    struct Video: Sendable {
        var state: VideoState
        var guests: [Guest]
        var guestForm: GuestForm?
        /// A link just made, shown this once.
        var newGuestLink: (name: String, url: String)?
    }

    enum Interpreter: Sendable {
        case form(action: String, key: String, language: String, error: LocalizedText?)
        case status(LocalizedText)
    }

    enum Cancel: Sendable {
        case form(action: String, key: String, deadline: String, reason: String, error: LocalizedText?)
        case requested(when: String)
        case tooLate(LocalizedText)
        case unavailable
    }

    struct Model: Sendable {
        var patientName: String
        var backLink: String
        var department: String
        var when: String
        var status: LocalizedText
        var clinician: String?
        var isVideo: Bool
        var visitType: String?
        var instruction: String?
        var address: String?
        var mapLink: String?
        var phone: String?
        var calendarLink: String?
        /// Online check-in, while it is open: its link, whether it is done, and until when.
        var checkIn: (link: String, done: Bool, until: String)? = nil
        /// For staff: the family's online check-in, once started.
        /// For staff: how far the family got with online check-in, and its page once started.
        var staffCheckIn: (progress: String, link: String?)? = nil
        var flash: LocalizedText?
        var problem: LocalizedText?
        var video: Video?
        var interpreter: Interpreter?
        var cancel: Cancel
        /// Whether the forms ask a teen if their parents may see what they send, and the box
        /// as a form being shown again had it.
        var offersSharing = false
        var shared = false
        /// A clinician's control to hide the visit; nil for everyone else.
        var restriction: RestrictionForm.Model? = nil
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        let title = "\(model.department): \(model.patientName)"
        return Layout.page(title: title, context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToList(language) } }
            if let flash = model.flash { div(.class("notice"), .role("status")) { p { flash(language) } } }
            if let problem = model.problem { Components.alert(problem(language)) }
            h1 { model.department }
            p(.class("item-meta")) { model.patientName }
            dl(.class("facts")) {
                dt { words.when(language) }
                dd { model.when }
                dt { words.statusLabel(language) }
                dd { model.status(language) }
                dt { words.kind(language) }
                dd {
                    [(model.isVideo ? words.video : words.inPerson)(language), model.visitType].compactMap { $0 }.joined(
                        separator: " · ")
                }
                if let clinician = model.clinician {
                    dt { words.clinician(language) }
                    dd { clinician }
                }
                if !model.isVideo, let address = model.address {
                    dt { words.whereLabel(language) }
                    dd {
                        address
                        if let map = model.mapLink {
                            br()
                            a(.href(map)) { words.map(language) }
                        }
                    }
                }
                if let phone = model.phone {
                    dt { words.phone(language) }
                    dd { a(.href("tel:\(phone.filter { $0.isNumber || $0 == "+" })")) { phone } }
                }
            }
            if let checkIn = model.checkIn {
                section(.class("card check-in-offer"), .ariaLabel(Strings.checkIn.offer(language))) {
                    if checkIn.done {
                        p { strong { Strings.checkIn.offerDone(language) } }
                    } else {
                        p(.class("hint")) { Strings.checkIn.offerHint(checkIn.until)(language) }
                    }
                    p {
                        a(.href(checkIn.link), .class(checkIn.done ? "button secondary" : "button primary")) {
                            Strings.checkIn.offer(language)
                        }
                    }
                }
            }
            if let checkIn = model.staffCheckIn {
                section(.class("card"), .ariaLabel(Strings.checkIn.staffCheckInTitle(language))) {
                    h2 { Strings.checkIn.staffCheckInTitle(language) }
                    p { checkIn.progress }
                    if let link = checkIn.link {
                        p { a(.href(link), .class("button secondary")) { Strings.checkIn.staffOpenCheckIn(language) } }
                    }
                }
            }
            if let calendar = model.calendarLink {
                p {
                    a(.href(calendar), .class("button secondary"), Attribute("download", "appointment.ics")) {
                        words.addToCalendar(language)
                    }
                }
                p(.class("hint")) { words.calendarHint(language) }
            }
            if let video = model.video { videoSection(video, model, context: context) }
            if let instruction = model.instruction {
                h2 { words.whatToBring(language) }
                p { instruction }
            }
            if let interpreter = model.interpreter { interpreterSection(interpreter, model, context: context) }
            cancelSection(model.cancel, model, context: context)
            if let restriction = model.restriction { RestrictionForm.render(restriction, context: context) }
        }
    }

    static func interpreterSection(_ interpreter: Interpreter, _ page: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        return section(.ariaLabel(words.interpreterHeading(language))) {
            h2 { words.interpreterHeading(language) }
            switch interpreter {
            case .status(let text):
                p { text(language) }
            case .form(let action, let key, let typed, let error):
                p { words.interpreterIntro(language) }
                form(.method("post"), .action(action), .class("inline-form")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("key"), .value(key))
                    Components.field(
                        id: "interpreter-language", label: words.interpreterLanguage(language), type: "text",
                        name: "language", value: typed, autocomplete: "off", error: error?(language), extra: [.maxlength(40)])
                    SharingChoice.field(page.offersSharing, checked: page.shared, idPrefix: "interpreter", language: language)
                    button(.type("submit"), .class("secondary")) { words.askInterpreter(language) }
                }
            }
        }
    }

    static func videoSection(_ video: Video, _ page: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        return section(.class("card video-card"), .ariaLabel(words.videoHeading(language))) {
            h2 { words.videoHeading(language) }
            switch video.state {
            case .open(let joinLink):
                p { words.joinOpen(language) }
                p(.class("card-actions")) {
                    a(.href(joinLink), .class("button primary"), .id("join-video")) { words.join(language) }
                }
            case .notYet(let opensAt, let countdown, let milliseconds):
                p(.id("join-countdown"), Attribute("data-opens-at", String(milliseconds))) {
                    words.opensAt(opensAt, countdown)(language)
                }
            case .ended:
                p { words.visitEnded(language) }
            case .notConfigured:
                p { words.notConfigured(language) }
            }
            p { a(.href(Routes.videoCheck())) { words.testCamera(language) } }
            if video.guestForm != nil || !video.guests.isEmpty {
                h3 { words.guestsHeading(language) }
                p(.class("hint")) { words.guestsIntro(language) }
            }
            if let link = video.newGuestLink {
                div(.class("notice"), .role("status")) {
                    p { words.guestLinkMade(link.name)(language) }
                    p(.class("guest-link")) { code(.id("guest-link")) { link.url } }
                }
            }
            if !video.guests.isEmpty {
                ul(.class("item-list")) {
                    for guest in video.guests {
                        li {
                            strong { guest.name }
                            " · "
                            guest.state(language)
                            if let revoke = guest.revokeAction {
                                form(.method("post"), .action(revoke), .class("inline-form")) {
                                    Components.csrfField(context)
                                    button(.type("submit"), .class("secondary")) { words.revoke(language) }
                                }
                            }
                        }
                    }
                }
            }
            if let form = video.guestForm {
                guestForm(form, page, context: context)
            }
        }
    }

    static func guestForm(_ model: GuestForm, _ page: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        return form(.method("post"), .action(model.action)) {
            Components.csrfField(context)
            input(.type("hidden"), .name("key"), .value(model.key))
            Components.field(
                id: "guest-name", label: words.guestName(language), type: "text", name: "name", value: model.name,
                autocomplete: "off", error: model.error?(language), hint: words.guestNameHint(language),
                extra: [.maxlength(60)])
            SharingChoice.field(page.offersSharing, checked: page.shared, idPrefix: "guest", language: language)
            button(.type("submit"), .class("secondary")) { words.makeGuestLink(language) }
        }
    }

    static func cancelSection(_ cancel: Cancel, _ page: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        switch cancel {
        case .unavailable:
            return .empty
        case .requested(let when):
            return p(.class("warning")) { words.cancelRequested(when)(language) }
        case .tooLate(let text):
            return section(.ariaLabel(words.cancelHeading(language))) {
                h2 { words.cancelHeading(language) }
                p { text(language) }
            }
        case .form(let action, let key, let deadline, let reason, let error):
            return section(.ariaLabel(words.cancelHeading(language))) {
                h2 { words.cancelHeading(language) }
                p { words.cancelUntil(deadline)(language) }
                form(.method("post"), .action(action)) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("key"), .value(key))
                    div(.class(error == nil ? "field" : "field has-error")) {
                        label(.for("cancel-reason")) { words.cancelReason(language) }
                        p(.id("cancel-reason-hint"), .class("hint")) { words.cancelReasonHint(language) }
                        if let error { p(.id("cancel-reason-error"), .class("error-text")) { error(language) } }
                        textarea(
                            .id("cancel-reason"), .name("reason"), .required, .maxlength(500), Attribute("rows", "3"),
                            .ariaInvalid(error != nil),
                            .ariaDescribedBy(error == nil ? "cancel-reason-hint" : "cancel-reason-hint cancel-reason-error")
                        ) { reason }
                    }
                    SharingChoice.field(page.offersSharing, checked: page.shared, idPrefix: "cancel", language: language)
                    button(.type("submit"), .class("secondary")) { words.cancelButton(language) }
                }
            }
        }
    }
}
