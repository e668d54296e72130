import PortalCore

extension DevMailboxText {
    static let english = DevMailboxText(
        title: "Development mailbox",
        intro: "This portal runs without a mail server, so the e-mail it sends is kept here. Production never shows this page.",
        empty: "No e-mail yet.",
        to: "To",
        date: "Sent",
        openLink: "Open the link in this e-mail",
        showText: "Show the whole e-mail"
    )
}
