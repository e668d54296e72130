import PortalCore

extension CareTeamSetupText {
    static let english = CareTeamSetupText(
        title: "Care teams and inboxes",
        intro:
            "Each care team and Health Information Management has a shared inbox. Families see a team's name in their language and its response time.",
        add: "Add an inbox",
        create: "Create inbox",
        save: "Save settings",
        saved: "The settings were saved.",
        settings: "Settings",
        members: "Who works this inbox",
        noMembers: "Nobody yet: its messages wait unread.",
        addMember: "Add a colleague",
        addButton: "Add",
        remove: "Remove",
        removeNamed: { name in "Remove \(name)" },
        memberCount: { count in
            count == 1
                ? "1 person" : "\(count) people"
        },
        nameEnglish: "Name in English",
        nameSpanish: "Name in Spanish",
        kind: "Kind of inbox",
        kindTeam: "Care team",
        kindHIM: "Health Information Management (questions about records)",
        responseDays: "Response time in business days (1 to 10)",
        digest: "E-mail its members a morning summary of what is waiting",
        namesNeeded: "Give the inbox a name in English and in Spanish, each at most 80 characters.",
        daysNeeded: "The response time must be a whole number of business days from 1 to 10.",
        kindNeeded: "Choose the kind of inbox.",
        nameTaken: "Another inbox already has that English name.",
        confidential: "Confidential care team",
        confidentialHint:
            "Parents of a 12-17-year-old are not shown this team's name and cannot write to it. Choose the kind of care it gives.",
        categoryUnknown: "Choose a kind of care from the list. HIM cannot be confidential."
    )
}
