import PortalCore

extension MailStatusText {
    static let english = MailStatusText(
        title: "E-mail not delivered",
        intro: { waiting in
            "The portal retries an e-mail for about a day while the mail server is away or refuses it, then gives up. \(waiting) \(waiting == 1 ? "e-mail is" : "e-mails are") waiting to be sent now."
        },
        allDelivered: "Every e-mail has been delivered or is on its first try.",
        queued: "Queued",
        attempts: "Tries",
        lastError: "Last failure",
        state: "State",
        gaveUp: "Gave up",
        retrying: { when in "Will try again at \(when)" },
        sendAgain: "Send again",
        requeued: "Queued again. It goes out on the next try."
    )
}
