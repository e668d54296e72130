import PortalCore

/// What the forgotten-password pages say, in one language: every language fills every field,
/// so a missing translation does not compile. Pages read them through `Strings.passwordReset`.
struct PasswordResetText: Sendable {
    let forgotLink: String
    let forgotTitle: String
    let forgotIntro: String
    let email: String
    let send: String
    let missingEmail: String
    let sentTitle: String
    let sent: @Sendable (String) -> String
    let sentHelp: @Sendable (HospitalContact) -> String
    let backToSignIn: String
    let codeTitle: String
    let codeIntro: String
    let emailCodeIntro: String
    let sendCodeIntro: @Sendable (String) -> String
    let sendCode: String
    let wrongCode: String
    let continueButton: String
    let passwordTitle: String
    let passwordIntro: String
    let newPassword: String
    let save: String
    let closedTitle: String
    let closed: String
    let askAgain: String
    let changed: String
}

extension Strings {
    static let passwordReset = Translated(english: PasswordResetText.english, spanish: PasswordResetText.spanish)
}
