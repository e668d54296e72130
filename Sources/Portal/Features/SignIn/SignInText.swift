import PortalCore

/// What the sign in pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `SignInText+English.swift` and
/// `SignInText+Spanish.swift`; pages read them in both through `Strings.signIn`.
struct SignInText: Sendable {
    let memberTitle: String
    let staffTitle: String
    let intro: String
    let staffIntro: String
    let email: String
    let password: String
    let submit: String
    let wrongCredentials: String
    let missingFields: String
    let throttled: @Sendable (Int) -> String
    let staffLink: String
    let memberLink: String
    let deactivated: @Sendable (HospitalContact) -> String
    let signedOut: String
    let codeTitle: String
    let codeIntro: String
    let code: String
    let codeHint: String
    let sixDigits: String
    let wrongCode: String
    let verify: String
    let emailCodeIntro: @Sendable (String) -> String
    let emailCodeHint: String
    let sendNewCode: String
    let newCodeSent: String
}

extension Strings {
    static let signIn = Translated(english: SignInText.english, spanish: SignInText.spanish)
}
