import Foundation
import PortalCore
import PortalHTML

/// The member's connected apps, newest first, each with what it may read and a way to
/// disconnect it.
enum ConnectedAppsPage {
    struct Connection: Sendable {
        let ref: Ref<AppAuthorization>
        let appName: String
        let patientName: String
        let connected: String
        let lastUsed: String?
        let reads: [ReadableKind]
        let staysConnected: Bool
        /// The member can no longer see the record: the app reads nothing.
        let accessEnded: Bool
    }

    struct Model: Sendable {
        var connections: [Connection]
        var disconnected = false
        var fhirBase: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.connectedApps
        return Layout.page(title: words.listTitle(language), context: context) {
            h1 { words.listTitle(language) }
            p(.class("lead")) { words.listIntro(language) }
            if model.disconnected {
                div(.class("notice"), .role("status")) { p { words.disconnectedNotice(language) } }
            }
            if model.connections.isEmpty {
                p { words.noneConnected(language) }
            }
            for connection in model.connections {
                section(
                    .class("card app-connection"),
                    .ariaLabel(words.connectionLabel(connection.appName, connection.patientName)(language))
                ) {
                    h2 { connection.appName }
                    dl(.class("facts")) {
                        dt { words.recordLabel(language) }
                        dd { connection.patientName }
                        dt { words.connectedLabel(language) }
                        dd { connection.connected }
                        dt { words.lastUsedLabel(language) }
                        dd { connection.lastUsed ?? words.notUsedYet(language) }
                        dt { words.readsLabel(language) }
                        dd {
                            ul(.class("plain-list")) { for kind in connection.reads { li { words.kind(kind)(language) } } }
                        }
                    }
                    if connection.accessEnded {
                        p(.class("hint")) { words.accessEnded(language) }
                    } else if connection.staysConnected {
                        p(.class("hint")) { words.staysConnected(language) }
                    }
                    form(.method("post"), .action(Routes.disconnectApp(connection.ref))) {
                        Components.csrfField(context)
                        button(.type("submit")) { words.disconnect(connection.appName)(language) }
                    }
                }
            }
            h2 { words.howToConnectHeading(language) }
            p { words.howToConnect(language) }
            p(.class("hint")) {
                words.developerAddress(language)
                " "
                code { model.fhirBase }
            }
        }
    }
}
