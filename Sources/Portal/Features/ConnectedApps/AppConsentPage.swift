import Foundation
import PortalCore
import PortalHTML
import Vapor

/// Asks a member whether an app may read a record, and which one: the app's name, what it
/// would read in a family's words, how long it stays connected, and the same privacy rules
/// as the portal's own pages.
enum AppConsentPage {
    struct Model: Sendable {
        struct Choice: Sendable {
            let id: UUID
            let name: String
            /// A 12-to-17-year-old's own record: the app would see what their parents do not.
            var isOwnAdolescentRecord = false
        }

        var appName: String
        var scopes: AppScopes
        var requestRef: Ref<AppRequest>
        var patients: [Choice]
        var error: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.connectedApps
        return Layout.page(title: words.consentTitle(model.appName)(language), context: context) {
            section(.class("narrow")) {
                h1 { words.consentTitle(model.appName)(language) }
                p(.class("lead")) { words.consentIntro(model.appName)(language) }
                if let error = model.error { Components.alert(error(language)) }
                h2 { words.readsHeading(language) }
                ul {
                    for kind in model.scopes.readableKinds { li { words.kind(kind)(language) } }
                }
                p { (model.scopes.offlineAccess ? words.staysConnected : words.shortConnection)(language) }
                p { words.sameRules(language) }
                if model.patients.contains(where: \.isOwnAdolescentRecord) {
                    div(.class("notice"), .role("note")) { p { strong { words.ownPrivateItems(language) } } }
                }
                p(.class("hint")) { words.notOurs(language) }
                form(.method("post"), .action(Routes.answerAppConsent(model.requestRef))) {
                    Components.csrfField(context)
                    if model.patients.isEmpty {
                        p { words.noRecords(language) }
                    } else {
                        fieldset(.class(model.error == nil ? "field" : "field has-error")) {
                            legend { words.chooseRecordLegend(language) }
                            p(.id("patient-hint"), .class("hint")) { words.oneRecordHint(language) }
                            for patient in model.patients {
                                let value = patient.id.uuidString.lowercased()
                                div(.class("choice")) {
                                    input(
                                        .type("radio"), .id("patient-\(value)"), .name("patient"), .value(value),
                                        .ariaDescribedBy("patient-hint"),
                                        model.patients.count == 1 ? Attribute("checked", nil) : nil)
                                    label(.for("patient-\(value)")) { patient.name }
                                }
                            }
                        }
                    }
                    div(.class("actions")) {
                        if !model.patients.isEmpty {
                            button(.type("submit"), .name("decision"), .value("allow"), .class("primary")) {
                                words.allow(language)
                            }
                        }
                        button(.type("submit"), .name("decision"), .value("deny")) { words.deny(language) }
                    }
                }
            }
        }
    }

    enum Refusal { case unknownApp, expired }

    /// Shown instead of going back to the app: its address is unknown, or the request is over.
    static func refusal(_ refusal: Refusal, context: PageContext) -> Response {
        let language = context.language
        let words = Strings.connectedApps
        return Layout.page(title: words.refusalTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { words.refusalTitle(language) }
                p(.class("lead")) { (refusal == .unknownApp ? words.unknownApp : words.expired)(language) }
                p { words.nothingShared(language) }
            }
        }
        .response(status: refusal == .unknownApp ? .badRequest : .notFound)
    }
}
