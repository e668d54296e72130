import PortalCore

extension ConnectedAppsText {
    static let english = ConnectedAppsText(
        consentTitle: { app in "Let \(app) read a health record?" },
        consentIntro: { app in
            "\(app) is asking to read a health record from this portal. You decide: nothing is shared unless you allow it, and you can disconnect it at any time from your account."
        },
        notOurs:
            "The app is not made by the hospital. Once information reaches it, the app's own privacy policy decides what happens to it.",
        readsHeading: "It would be able to read",
        kind: { kind in
            switch kind {
            case .basicDetails: "Basic details: name, date of birth, sex, record number, ZIP code, language"
            case .labResults: "Lab results"
            case .medicines: "Medicines"
            case .allergies: "Allergies"
            case .immunizations: "Immunizations"
            case .documents: "Visit notes and letters"
            case .appointments: "Appointments"
            }
        },
        staysConnected:
            "It stays connected and keeps reading new information until you disconnect it (or 90 days after it last connects).",
        shortConnection: "It can read for about 15 minutes, then has to ask you again.",
        sameRules:
            "The app sees only what you can see here, decided every time it asks: what a teenager keeps private from a parent never reaches a parent's app, and it stops when your access to the record ends.",
        ownPrivateItems:
            "This is your own record: the app would also see what is kept private from your parents, such as confidential tests, medicines and visit notes. Connect it only on a device and with an app you alone use.",
        chooseRecordLegend: "Whose record may it read?",
        oneRecordHint: "One record per connection. To connect another record, start again from the app.",
        chooseRecord: "Choose whose record the app may read.",
        allow: "Allow",
        deny: "Don't allow",
        noRecords: "There is no record your account can share with an app.",
        refusalTitle: "This app could not be connected",
        unknownApp:
            "The app is not registered with the portal, or it asked to send you back to an address the portal does not know.",
        expired: "This request has already been answered or has ended. Go back to the app and connect again.",
        nothingShared: "Nothing was shared.",
        listTitle: "Connected apps",
        listLink: "Connected apps: see and disconnect the health apps that read a record",
        listIntro:
            "Health apps you allowed to read a record. Each one sees only what you can see here, and stops the moment you disconnect it.",
        connectionLabel: { app, patient in "\(app), reading \(patient)'s record" },
        recordLabel: "Record",
        connectedLabel: "Connected",
        lastUsedLabel: "Last read",
        notUsedYet: "Not yet",
        readsLabel: "May read",
        accessEnded: "It reads nothing now: your access to this record has ended.",
        disconnect: { app in "Disconnect \(app)" },
        disconnectedNotice: "The app was disconnected. It can no longer read anything.",
        noneConnected: "No apps are connected.",
        howToConnectHeading: "Connecting an app",
        howToConnect:
            "Start from the app: look for this hospital in its list of providers, then sign in here. The portal asks you which record it may read.",
        developerAddress: "For app developers, the FHIR address is"
    )
}
