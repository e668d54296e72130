import PortalCore

extension CareTeamInboxText {
    static let english = CareTeamInboxText(
        title: "Care team inboxes",
        intro: "The shared inboxes you work. Threads waiting longest are listed first.",
        noCareTeams: "You are not a member of any inbox. An administrator adds staff to care teams.",
        waitingSummary: { waiting, late in "\(waiting) waiting, \(late) late" },
        responseTime: { days in "Response time: \(days) business days" },
        open: "Open",
        done: "Done",
        patient: "Patient",
        subject: "Subject",
        waited: "Waiting",
        assignee: "Assigned to",
        answered: "Answered",
        noThreads: "Nothing here.",
        businessDays: { days in
            days == 0
                ? "Less than 1 business day"
                : days == 1
                    ? "1 business day"
                    : "\(days) business days"
        },
        waitedFor: { days in
            days == 0
                ? "Waiting less than 1 business day"
                : days == 1
                    ? "Waiting 1 business day"
                    : "Waiting \(days) business days"
        },
        late: "Past response time",
        allCareTeams: "All inboxes",
        newer: "Previous page",
        older: "Next page",
        pages: "Pages of threads",
        patientBanner: "Patient",
        age: { years in "\(years) years old" },
        openRecord: "Open the record",
        startedBy: { who in "Started by \(who)" },
        writer: { name, relationship in "\(name) (\(relationship(.english)))" },
        relationship: { relationship in
            switch relationship {
            case .self: "the patient"
            case .parent: "parent"
            case .legalGuardian: "legal guardian"
            case .other, nil: "authorized person"
            }
        },
        readBy: { audience in
            switch audience {
            case .patient:
                "Read by the patient only, not the parents"
            case .proxies:
                "Read by the parents and guardians, not the patient"
            }
        },
        assignedTo: { name in "Assigned to \(name)" },
        unassigned: "Not assigned",
        checkFirst: "Medicines and allergies",
        activeMedications: "Active medicines",
        allergies: "Allergies",
        noneRecorded: "None recorded.",
        controls: "Thread",
        assignTo: "Assign to",
        nobody: "Nobody",
        assign: "Assign",
        moveTo: "Move to inbox",
        move: "Move",
        markDone: "Mark done",
        reopen: "Reopen",
        restrict: "Restrict thread",
        liftRestriction: "Lift the restriction",
        restrictExplanation:
            "A restricted thread is hidden from the patient's parents and guardians. The reason is kept with it.",
        restrictedBecause: { reason in "Restricted: \(reason)" },
        patientTeamsHeading: "Care teams for messages",
        patientTeamsLegend: "The family can write to",
        patientTeamsHint: "Health Information Management is always offered for questions about records.",
        saveTeams: "Save care teams",
        teamsSaved: "The care teams were saved.",
        savedReplies: "Saved replies",
        movedWhileTyping:
            "This thread was moved to another inbox while you were typing, so your reply was not sent. Your text is below.",
        notInCareTeam: "Only members of this thread's inbox can change it or reply.",
        changed: "The thread was updated.",
        invalidChange: "That change cannot be made. Choose a colleague in this inbox or another inbox.",
        reasonNeeded: "Give a reason of at most 500 characters to restrict the thread."
    )
}
