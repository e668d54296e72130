import PortalCore

/// What the share code pages say, for the family and for the school nurse, in one language.
struct SharingText: Sendable {
    // The family's page
    let title: String
    let titleFor: @Sendable (String) -> String
    let explanation: String
    let teenDecides: @Sendable (String) -> String
    let newCode: String
    let whatToShare: String
    let kindName: @Sendable (SharedRecordKind) -> String
    let kindHint: @Sendable (SharedRecordKind) -> String
    let validFor: String
    let validUntil: String
    let days: @Sendable (Int) -> String
    let note: String
    let noteHint: String
    let create: String
    let chooseKind: String
    let noteTooLong: String
    let tooManyActive: @Sendable (Int) -> String
    let alreadyMade: String
    let yourCodes: String
    let noCodes: String
    let codeEnding: @Sendable (String) -> String
    let activeUntil: @Sendable (String) -> String
    let expiredOn: @Sendable (String) -> String
    let revokedOn: @Sendable (String) -> String
    let lockedOn: @Sendable (String) -> String
    let madeBy: @Sendable (String) -> String
    let madeOn: @Sendable (String) -> String
    let notUsed: String
    let usesCaption: String
    let when: String
    let browser: String
    let outcome: String
    let outcomeText: @Sendable (String) -> String
    let revokeLabel: @Sendable (String) -> String
    let unknownBrowser: String
    // The new code
    let codeCreated: String
    let giveThis: @Sendable (String, String) -> String
    let shownOnce: String
    let backToCodes: String
    // The nurse's pages
    let openTitle: String
    let openExplanation: @Sendable (String) -> String
    let codeLabel: String
    let codeHint: String
    let birthDateLabel: String
    let open: String
    let codeUnreadable: String
    let birthDateUnreadable: String
    let noMatch: String
    let wrongBirthDate: @Sendable (Int) -> String
    let codeLocked: String
    let codeClosed: String
    let tooManyTries: @Sendable (Int) -> String
    let sharedNotice: @Sendable (String, String) -> String
    let openAnother: String
    /// On the sign-in page, for a school nurse who came to the portal's front door.
    let signInLink: String
}

extension Strings {
    static let sharing = Translated(english: SharingText.english, spanish: SharingText.spanish)
}
