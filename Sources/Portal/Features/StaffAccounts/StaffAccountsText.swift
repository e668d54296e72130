import PortalCore

/// What the staff account pages say, in one language: every language fills every field, so a
/// missing translation does not compile. Pages read them through `Strings.staffAccounts`.
struct StaffAccountsText: Sendable {
    /// Where an account stands, for the list.
    enum Status: Sendable { case active, invited, settingUp, closed }

    let title: String
    let homeLink: String
    let intro: String
    let name: String
    let email: String
    let role: String
    let status: String
    let statusText: @Sendable (StaffAccountsText.Status) -> String
    let createHeading: String
    let fullName: String
    let mailLanguage: String
    let create: String
    let created: @Sendable (String) -> String
    let nameRequired: String
    let emailBad: String
    let emailTaken: String
    let roleRequired: String
    let reason: String
    let reasonColumn: String
    let reasonRequired: String
    let roleHeading: String
    let changeRole: String
    let ownRole: String
    let ownAccount: String
    let lastAdministrator: String
    let sameRole: String
    let resetHeading: String
    let resetIntro: String
    let resetButton: String
    let closeHeading: String
    let closeIntro: String
    let closeButton: String
    let resendHeading: String
    let resendIntro: String
    let resendButton: String
    let historyHeading: String
    let when: String
    let change: String
    let by: String
    let describe: @Sendable (StaffAccountChange.Kind, String?) -> String
    let done: @Sendable (StaffAccountChange.Kind) -> String
    let welcomeTitle: String
    let welcomeIntro: @Sendable (String) -> String
    let password: String
    let savePassword: String
    let linkClosed: String
    let passwordSaved: String
    let careTeamsLegend: String
    let departmentsLegend: String
    let membershipsHint: String
    let membershipsHeading: String
    let noMemberships: String
}

extension Strings {
    static let staffAccounts = Translated(english: StaffAccountsText.english, spanish: StaffAccountsText.spanish)
}
