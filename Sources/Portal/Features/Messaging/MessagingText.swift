import PortalCore

/// What the messaging pages say, in one language: every language fills every field, so a missing
/// translation does not compile. The words themselves are in `MessagingText+English.swift` and
/// `MessagingText+Spanish.swift`; pages read them in both through `Strings.messaging`.
struct MessagingText: Sendable {
    let yourUnsentReply: String
    let inboxTitle: String
    let threadsOf: @Sendable (String) -> String
    let inboxIntro: String
    let noThreads: String
    let searchLabel: String
    let searchButton: String
    let noMatches: String
    let write: String
    let chooseWhoAbout: String
    let noPatients: String
    let unreadCount: @Sendable (Int) -> String
    let openInbox: String
    let unread: String
    let closed: String
    let restricted: String
    let about: @Sendable (String) -> String
    let messageCount: @Sendable (Int) -> String
    let lastMessage: @Sendable (String) -> String
    // Compose
    let composeTitle: @Sendable (String) -> String
    let emergencyHeading: String
    let emergency: String
    let expectReply: @Sendable (Int, String) -> String
    let recipient: String
    let recipientHint: String
    let responseTime: @Sendable (Int) -> String
    let himOption: String
    let subject: String
    let message: String
    let messageHint: String
    let send: String
    let confidentialToTeen: String
    let seenByProxies: String
    let noRecipients: String
    let problem: @Sendable (MessageText.Problem) -> String
    let attachments: String
    let attachmentsHint: String
    let eachFileLimit: String
    let fileCountLimit: String
    let tooManyFiles: String
    let fileRefused: @Sendable (String, DocumentVault.Refusal) -> String
    let attachment: @Sendable (String, Int) -> String
    let chooseRecipient: String
    let recipientNotAvailable: String
    let fixBelow: String
    // Thread
    let backToInbox: String
    let with: String
    let you: String
    let staffAuthor: @Sendable (String, String) -> String
    /// A confidential care team, to a viewer who may not learn its name.
    let unnamedCareTeam: String
    let readByCareTeam: String
    let notYetRead: String
    let reply: String
    let yourReply: String
    let sendReply: String
    let sent: String
    let threadClosed: String
    let closedWhileTyping: String
    let yourUnsentText: String
    let startNew: String
}

extension Strings {
    static let messaging = Translated(english: MessagingText.english, spanish: MessagingText.spanish)
}
