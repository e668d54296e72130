import PortalCore

extension AppRegistrationText {
    static let english = AppRegistrationText(
        title: "Apps families can connect",
        intro:
            "Apps registered here can ask families to read a record through the FHIR API. Families still decide, one record at a time; an app disabled here stops at once for every family.",
        none: "No apps are registered.",
        kindPublic: "Public (runs on the phone or in the browser)",
        kindConfidential: "Confidential (has its own server and a secret)",
        disabled: "Disabled",
        enabled: "Enabled: families may connect it",
        statusLabel: "Status",
        connectionsLabel: "Connected records",
        connections: { count in count == 1 ? "1 connected record" : "\(count) connected records" },
        add: "Register an app",
        name: "Name families will see",
        nameHint: "As the app calls itself, up to 80 characters.",
        kind: "Kind of app",
        kindHint: "A confidential app proves itself with a secret shown once, after registering.",
        redirects: "Redirect addresses",
        redirectsHint:
            "One per line, matched exactly: https, http only to 127.0.0.1 or localhost, or a phone app's own scheme (org.example.app:/callback).",
        scopes: "Most the app may ask for",
        scopesHint:
            "SMART scopes separated by spaces, for example launch/patient openid fhirUser offline_access patient/*.rs. Apps only ever read.",
        register: "Register",
        clientID: "Client id",
        secretHeading: "The app's secret",
        secretOnce:
            "Give this secret to the app's developers now, by a safe channel. It is not kept and will not be shown again.",
        registeredAt: "Registered",
        disable: "Disable this app",
        disableHint:
            "Every family's connection to it ends at once. It can be enabled again, but families then connect it anew.",
        enable: "Enable this app again",
        disabledNotice: "The app is disabled. Every connection to it has ended.",
        enabledNotice: "The app is enabled again.",
        missingName: "Give the app's name.",
        missingRedirects: "Give at least one redirect address.",
        badRedirect: { address in "This redirect address cannot be used: \(address)" },
        tooManyRedirects: "Give at most 10 redirect addresses.",
        badScope: { scope in "This scope is not one the portal gives: \(scope)" },
        noReadingScope: "Give at least one scope that reads something, such as patient/*.rs."
    )
}
