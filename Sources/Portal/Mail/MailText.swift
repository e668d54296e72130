import Foundation
import PortalCore

/// What the e-mails say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `MailText+English.swift` and
/// `MailText+Spanish.swift`; the notices read them through `Strings.mail`, in the reader's language.
struct MailText: Sendable {
    let messageSubject: String
    let message: @Sendable (String, PortalConfig) -> String
    let digestSubject: String
    let digest: @Sendable (String, [String], PortalConfig) -> String
    let newInformationSubject: String
    let newInformation: @Sendable (String, PortalConfig) -> String
    let invitationSubject: String
    let invitation: @Sendable (String, PortalConfig) -> String
    let adulthoodSubject: String
    let adulthoodForParent: @Sendable (String, LocalDate, PortalConfig) -> String
    let adulthoodForPatient: @Sendable (String, LocalDate, PortalConfig) -> String
    let requestAnsweredSubject: @Sendable (RequestNotices.Kind) -> String
    let requestAnswered: @Sendable (RequestNotices.Kind, String, PortalConfig) -> String
    let enrollmentReceivedSubject: String
    let enrollmentReceived: @Sendable (PortalConfig) -> String
    let enrollmentDecidedSubject: String
    let enrollmentRejected: @Sendable (String, PortalConfig) -> String
    let accountLockedSubject: String
    /// To the account's owner when sign-in locks; `true` for a staff account.
    let accountLocked: @Sendable (Bool, PortalConfig) -> String
    let passwordResetSubject: String
    /// The forgotten password's link, to the account's own address.
    let passwordReset: @Sendable (String, PortalConfig) -> String
    let passwordChangedSubject: String
    /// After any change of password: by its owner, or through a reset link.
    let passwordChanged: @Sendable (PortalConfig) -> String
    let newSignInSubject: String
    /// A sign-in from a browser the account had not used: when, what browser, from what
    /// network address.
    let newSignIn: @Sendable (String, String, String, PortalConfig) -> String
    /// A browser nobody could name from its User-Agent.
    let unknownBrowser: String
    let emailCodeSubject: String
    /// The one-time code itself, for signing in or confirming a change.
    let emailCode: @Sendable (String, PortalConfig) -> String
    let emailChangeSubject: String
    /// To the new address: the link that makes it the sign-in address.
    let emailChangeConfirm: @Sendable (String, PortalConfig) -> String
    /// To the new address when it already belongs to an account, or may not be this one's:
    /// the asker is answered as if a link were sent, so the form tests no address.
    let emailChangeAddressInUse: @Sendable (PortalConfig) -> String
    let emailChangeNoticeSubject: String
    /// To the old address, when a change to the (masked) new one is asked for.
    let emailChangeRequested: @Sendable (String, PortalConfig) -> String
    /// To the old address, once the change is confirmed.
    let emailChangeDone: @Sendable (String, PortalConfig) -> String
    let staffInvitationSubject: String
    /// To a new staff member: the link to choose a password.
    let staffInvitation: @Sendable (String, PortalConfig) -> String
    let securityChangeSubject: String
    /// To an account's owner after a change to how it signs in that no password change covers.
    let securityChange: @Sendable (SecurityChange, PortalConfig) -> String
}

/// A change to how an account signs in, told to its owner by e-mail.
enum SecurityChange: Sendable {
    case secondFactorOn, secondFactorOff, newRecoveryCodes
    /// By an administrator, for a staff account.
    case secondFactorReset, roleChanged
}

extension Strings {
    static let mail = Translated(english: MailText.english, spanish: MailText.spanish)
}
