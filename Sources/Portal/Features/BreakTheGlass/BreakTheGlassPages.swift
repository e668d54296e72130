import PortalCore
import PortalHTML

/// The clinician's form to open a record outside their care teams, and HIM's list of every
/// such opening to review.
enum BreakTheGlassPages {
    struct FormModel: Sendable {
        var action: String
        var returnPath: String
        var reason: String = ""
        var explanation: String = ""
        var reasonError: LocalizedText? = nil
        var explanationError: LocalizedText? = nil
    }

    static func reasonForm(_ model: FormModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.breakTheGlass
        let explanationError = model.explanationError
        return Layout.page(title: words.title(language), context: context) {
            // Not opening it is the first choice offered.
            p(.class("breadcrumb")) { a(.href(Routes.staffRecords())) { Strings.recordSearch.title(language) } }
            h1 { words.title(language) }
            p(.class("lead")) { words.intro(language) }
            form(.method("post"), .action(model.action), .class("narrow")) {
                Components.csrfField(context)
                input(.type("hidden"), .name("return"), .value(model.returnPath))
                Components.choice(
                    id: "reason", label: words.reasonLabel(language), error: model.reasonError?(language),
                    selected: model.reason, language: language,
                    options: BreakTheGlassReason.allCases.map { ($0.rawValue, words.reasonName($0)) })
                div(.class(explanationError == nil ? "field" : "field has-error")) {
                    label(.for("explanation")) { words.explanationLabel(language) }
                    p(.id("explanation-hint"), .class("hint")) { words.explanationHint(language) }
                    if let explanationError { p(.id("explanation-error"), .class("error-text")) { explanationError(language) } }
                    textarea(
                        .id("explanation"), .name("explanation"), .required, .maxlength(500), Attribute("rows", "3"),
                        .ariaInvalid(explanationError != nil),
                        .ariaDescribedBy(explanationError == nil ? "explanation-hint" : "explanation-hint explanation-error")
                    ) { model.explanation }
                }
                button(.type("submit"), .class("primary")) { words.open(language) }
            }
        }
    }

    struct Opening: Sendable {
        var patientName: String
        var patientLink: String
        var opened: String
        var until: String
        var reason: LocalizedText
        var explanation: String
        var reviewAction: String?
        var reviewed: String?
    }

    struct ReviewModel: Sendable {
        var waiting: [Opening]
        var reviewed: [Opening]
        var accessWaiting: [AccessChange]
        var accessReviewed: [AccessChange]
    }

    /// A staff account an administrator gave a role that reaches patients.
    struct AccessChange: Sendable {
        var person: String
        var role: String
        var given: String
        var reason: String
        var reviewAction: String?
        var reviewed: String?
    }

    static func review(_ model: ReviewModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.breakTheGlass
        return Layout.page(title: words.reviewTitle(language), context: context) {
            h1 { words.reviewTitle(language) }
            p { words.reviewIntro(language) }
            if model.waiting.isEmpty { p { words.nothingToReview(language) } }
            openings(model.waiting, context: context)
            if !model.reviewed.isEmpty {
                h2 { words.recentlyReviewed(language) }
                openings(model.reviewed, context: context)
            }
            h2 { words.accessTitle(language) }
            p { words.accessIntro(language) }
            if model.accessWaiting.isEmpty { p { words.nothingToReview(language) } }
            accessChanges(model.accessWaiting, context: context)
            if !model.accessReviewed.isEmpty {
                h3 { words.recentlyReviewed(language) }
                accessChanges(model.accessReviewed, context: context)
            }
        }
    }

    /// Who reviewed it and when, or the button to mark it reviewed.
    private static func review(reviewed: String?, action: String?, context: PageContext) -> Node {
        Node.fragment([
            reviewed.map { reviewed in p(.class("item-meta")) { reviewed } } ?? Node.empty,
            action.map { action in
                form(.method("post"), .action(action), .class("inline-form")) {
                    Components.csrfField(context)
                    button(.type("submit"), .class("secondary")) { Strings.breakTheGlass.markReviewed(context.language) }
                }
            } ?? Node.empty,
        ])
    }

    private static func accessChanges(_ changes: [AccessChange], context: PageContext) -> Node {
        return ul(.class("item-list")) {
            for change in changes {
                li {
                    p { strong { change.person } }
                    p(.class("item-meta")) { "\(change.role) · \(change.given)" }
                    if !change.reason.isEmpty { p { change.reason } }
                    review(reviewed: change.reviewed, action: change.reviewAction, context: context)
                }
            }
        }
    }

    private static func openings(_ openings: [Opening], context: PageContext) -> Node {
        let language = context.language
        return ul(.class("item-list")) {
            for opening in openings {
                li {
                    p { a(.href(opening.patientLink)) { opening.patientName } }
                    p(.class("item-meta")) { "\(opening.opened) · \(opening.until)" }
                    p { strong { opening.reason(language) } }
                    p { opening.explanation }
                    review(reviewed: opening.reviewed, action: opening.reviewAction, context: context)
                }
            }
        }
    }
}
