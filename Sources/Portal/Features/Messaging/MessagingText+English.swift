import PortalCore

extension MessagingText {
    static let english = MessagingText(
        yourUnsentReply: "Your reply, not sent",
        inboxTitle: "Messages",
        threadsOf: { name in "Messages about \(name)" },
        inboxIntro: "Conversations with the care team. Unread conversations are listed first.",
        noThreads: "There are no conversations yet.",
        searchLabel: "Search your messages",
        searchButton: "Search",
        noMatches: "No conversation contains those words.",
        write: "Write to the care team",
        chooseWhoAbout: "Who is your message about?",
        noPatients: "You cannot send messages yet: no record is linked to your account.",
        unreadCount: { count in
            count == 1
                ? "1 unread conversation"
                : "\(count) unread conversations"
        },
        openInbox: "Read your messages",
        unread: "Unread",
        closed: "Closed",
        restricted: "Restricted",
        about: { name in "About \(name)" },
        messageCount: { count in
            count == 1
                ? "1 message"
                : "\(count) messages"
        },
        lastMessage: { when in "Last message \(when)" },
        composeTitle: { name in "New message about \(name)" },
        emergencyHeading: "Not for emergencies",
        emergency: "Messages are read during business hours. In an emergency, call 911 or go to the nearest emergency room.",
        expectReply: { days, date in
            days == 1
                ? "Expect a reply within 1 business day (by \(date))."
                : "Expect a reply within \(days) business days (by \(date))."
        },
        recipient: "Send to",
        recipientHint:
            "Questions about what a clinician wrote go to the care team. Questions about the record itself go to Health Information Management.",
        responseTime: { days in
            days == 1
                ? "replies within 1 business day"
                : "replies within \(days) business days"
        },
        himOption: "A question about records (Health Information Management)",
        subject: "Subject",
        message: "Message",
        messageHint: "Up to 10,000 characters.",
        send: "Send message",
        confidentialToTeen: "Only you and the care team will see this conversation. Your parents will not.",
        seenByProxies:
            "Parents and guardians with access to this record also see this conversation; the patient's own account does not.",
        noRecipients:
            "No care team is set up for messages about this patient yet. Call the clinic, or write to Health Information Management about records.",
        problem: { problem in
            switch problem {
            case .subjectMissing: "Write a subject."
            case .subjectTooLong:
                "The subject can be at most \(MessageText.subjectLimit) characters."
            case .bodyMissing: "Write your message."
            case .bodyTooLong:
                "The message can be at most 10,000 characters. Split it into two messages."
            }
        },
        attachments: "Attach files (optional)",
        attachmentsHint: "Up to 3 photos (JPEG, PNG, HEIC) or PDF documents, 10 MB each.",
        eachFileLimit: "Each file can be at most 10 MB. Choose a smaller one.",
        fileCountLimit: "Attach at most 3 files to one message.",
        tooManyFiles: "Attach at most 3 files to one message. Your message was not sent; choose the files again.",
        fileRefused: { name, refusal in
            let again = "Your message was not sent; it is kept below. Choose the files again."
            let reason: String =
                switch refusal {
                case .empty: "\(name) is empty."
                case .tooLarge:
                    "\(name) is larger than 10 MB."
                case .unsupportedKind:
                    "\(name) is not a JPEG, PNG or HEIC photo or a PDF document."
                case .unreadableImage:
                    "\(name) could not be read as a photo."
                }
            return "\(reason) \(again)"
        },
        attachment: { name, kilobytes in "\(name) (\(kilobytes) KB)" },
        chooseRecipient: "Choose who should receive the message.",
        recipientNotAvailable: "That team does not take messages about this patient. Choose one of the teams listed.",
        fixBelow: "Your message was not sent. Please fix what is marked below; what you typed is kept.",
        backToInbox: "All messages",
        with: "With",
        you: "You",
        staffAuthor: { name, team in "\(name), \(team)" },
        unnamedCareTeam: "Care team",
        readByCareTeam: "Read by the care team",
        notYetRead: "Not read yet",
        reply: "Reply",
        yourReply: "Your reply",
        sendReply: "Send reply",
        sent: "Your message was sent.",
        threadClosed: "The care team closed this conversation. To ask something more, start a new message.",
        closedWhileTyping:
            "The care team closed this conversation, so your reply was not sent. Your text is below: send it as a new message.",
        yourUnsentText: "Your text, not sent (copy it to keep it)",
        startNew: "Start a new message"
    )
}
