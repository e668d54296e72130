import PortalCore

/// What the activation pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `ActivationText+English.swift` and
/// `ActivationText+Spanish.swift`; pages read them in both through `Strings.activation`.
struct ActivationText: Sendable {
    let title: String
    let verifyIntro: String
    let zip: String
    let birthDate: String
    let birthDateHint: String
    let confirm: String
    let wrongAnswers: @Sendable (Int) -> String
    let accountIntro: String
    let email: String
    let emailHint: String
    let badEmail: String
    let emailOnOtherSide: String
    let fullName: String
    let nameRequired: String
    let password: String
    let create: String
    let emailTaken: String
    let closedTitle: String
    let notValid: String
    let expired: @Sendable (String) -> String
    let locked: String
    let noLongerAllowed: String
}

extension Strings {
    static let activation = Translated(english: ActivationText.english, spanish: ActivationText.spanish)
}
