extension BreakTheGlassText {
    static let english = BreakTheGlassText(
        title: "This patient is not in your care teams",
        intro:
            "You can open the record for two hours if your work needs it now. Say why: Health Information Management reviews every opening, and the patient's record of access shows it.",
        reasonLabel: "Reason",
        reasonName: { reason in
            switch reason {
            case .emergency: "Emergency care"
            case .coveringForColleague: "Covering for a colleague"
            case .referralOrConsult: "A referral or consultation"
            case .familyAskedInPerson: "The patient or family asked me in person"
            case .other: "Another reason"
            }
        },
        explanationLabel: "In your own words",
        explanationHint: "What you need and why, in 10 to 500 characters.",
        open: "Open the record",
        chooseReason: "Choose a reason from the list.",
        explanationNeeded: "Write what you need and why, in 10 to 500 characters.",
        reviewTitle: "Records opened outside care teams",
        reviewIntro: "Each time a clinician broke the glass, with their reason. Mark each one reviewed once you have checked it.",
        nothingToReview: "Nothing waits for review.",
        openedBy: { who, when in "\(who), \(when)" },
        until: { when in "Open until \(when)" },
        markReviewed: "Mark reviewed",
        reviewedBy: { who, when in "Reviewed by \(who), \(when)" },
        recentlyReviewed: "Recently reviewed",
        accessTitle: "Staff accounts given access to patients",
        accessIntro:
            "Each account an administrator created with, or moved to, a role that reaches patients' information. Check that the person and the role are right, then mark it reviewed; you cannot review your own.",
        givenBy: { who, when in "Given by \(who), \(when)" }
    )
}
