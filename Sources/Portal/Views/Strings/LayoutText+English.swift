import PortalCore

extension LayoutText {
    static let english = LayoutText(
        chooseOne: "Choose one",
        page: { page, total in "Page \(page) of \(total)" },
        skipToContent: "Skip to main content",
        accountNavigation: "Account",
        menu: "Menu",
        signedInAs: "Signed in as",
        viewingRecordOf: "Viewing the record of",
        signOut: "Sign out",
        switchRecord: "Switch record",
        account: "Account",
        home: "Home",
        switchLanguage: "Español",
        switchLanguageLabel: "Ver en español",
        emergency: "In an emergency, call 911. This portal is not for urgent medical needs.",
        idleNotice: { minutes in "For your privacy, you will be signed out after \(minutes) minutes without activity." },
        idleWarning: "You will be signed out in 2 minutes because you have not been active.",
        staySignedIn: "Stay signed in",
        appName: { hospital in "\(hospital) patient portal" },
        appShortName: "Patient portal",
        appDescription: "Your family's health information, messages with the care team, appointments and renewals."
    )
}
