import PortalCore

/// What the account pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `AccountText+English.swift` and
/// `AccountText+Spanish.swift`; pages read them in both through `Strings.account`.
struct AccountText: Sendable {
    let title: String
    let name: String
    let email: String
    let language: String
    let languageName: String
    let security: String
    let secondFactorOn: String
    let secondFactorOff: String
    let turnOn: String
    let recoveryCodesLeft: @Sendable (Int) -> String
    let passwordHeading: String
    let newPassword: String
    let passwordHint: @Sendable (Int) -> String
    let changePassword: String
    let passwordChanged: String
    let wrongCurrentPassword: String
    let problem: @Sendable (PasswordProblem) -> String
    let sessions: String
    let sessionsIntro: String
    let signOutEverywhere: String
    let welcome: String
    let skipSetup: String
    let setupTitle: String
    let setupRequiredForStaff: String
    let setupStep1: String
    let setupStep2: String
    let setupLink: String
    let setupStep3: String
    let confirm: String
    let codesTitle: String
    let codesIntro: String
    let codesDone: String
    let wrongSetupCode: String
    let resultsHeading: String
    let resultsIntro: String
    let resultDelayLabel: String
    let delayOption: @Sendable (Int) -> String
    let saveResultDelay: String
    let resultDelaySaved: String
    let resultDelayInvalid: String
    let securityLink: String
    let securityTitle: String
    let confirmTitle: String
    let confirmIntro: String
    let confirmIntroWithCode: String
    let password: String
    let confirmButton: String
    let factorHeading: String
    let factorApp: String
    let removeFactor: String
    let removeFactorIntro: String
    let removeNeedsLongerPassword: String
    let factorRemoved: String
    let codesHeading: String
    let newCodesIntro: String
    let newCodes: String
    let staffFactorRequired: String
    let wrongProof: String
    let missingPassword: String
    let emailCodesTitle: String
    let emailCodesIntro: String
    let useEmailCodes: String
    let factorEmail: String
    let secondFactorOnEmail: String
    let emailHeading: String
    let emailIntro: @Sendable (String) -> String
    let newEmail: String
    let changeEmail: String
    let emailChangeSent: @Sendable (String) -> String
    let emailSame: String
    let emailBad: String
    let confirmEmailTitle: String
    let confirmEmailIntro: @Sendable (String) -> String
    let confirmEmailButton: String
    let emailChanged: @Sendable (String) -> String
    let emailLinkClosed: String
}

extension Strings {
    static let account = Translated(english: AccountText.english, spanish: AccountText.spanish)
}
