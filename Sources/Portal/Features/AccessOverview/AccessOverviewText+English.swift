import PortalCore

extension AccessOverviewText {
    static let english = AccessOverviewText(
        title: "Who can see your record",
        staffTitle: "Who can see this record",
        intro:
            "These are the portal accounts that can see your record today. Your care team at the hospital can also see it, and every look at it is recorded.",
        who: "Who",
        access: "Access",
        whatTheySee: "What they can see",
        you: "(you)",
        seesOwn: "Everything in the portal for this record, including information confidential to the patient.",
        seesLimited:
            "Not your confidential information: sexual and reproductive health, mental health, substance use, and your own messages with the care team stay private to you.",
        seesFull: "Everything the portal shows for this record, by an arrangement the hospital recorded.",
        seesAuthorized: "Your record except sensitive services, which stay private to you.",
        adulthood: { date in
            "On your 18th birthday, \(date), your parents' access to your record ends by itself. Your own account continues."
        },
        questions:
            "If someone here should not have access, or you do not recognize a name, contact Health Information Management; they can end anyone's access at once.",
        onlyForPatient: "This page is for the patient. Your own access is described on the record's front page."
    )
}
