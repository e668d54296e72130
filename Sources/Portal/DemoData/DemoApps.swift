import Fluent
import Foundation
import PortalCore

/// A health app registered in the demo, so a newcomer can connect one to the demo family's
/// records: `scripts/try-app.sh` plays it with the independent fhirclient library.
enum DemoApps {
    static let clientID = "demo-health-app"
    static let name = "Family Health Demo App"
    static let redirects = ["http://127.0.0.1:8765/callback", "http://localhost:8765/callback"]

    static func seed(on db: any Database, at now: Date) async throws {
        try await SMARTApp(
            name: name, clientID: clientID, confidential: false, secretHash: nil, redirectURIs: redirects,
            scopes: AppRegistrationRules.defaultScopes, createdBy: nil, at: now
        ).create(on: db)
    }
}
