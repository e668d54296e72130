import PortalCore

extension EnrollmentQueueText {
    static let english = EnrollmentQueueText(
        title: "Account requests",
        pendingHeading: { count in "Waiting for a decision (\(count))" },
        reportsHeading: "Members who say someone else used their account",
        nothingPending: "No request is waiting.",
        oldestFirst: "Oldest first. Business days skip weekends and the hospital's holidays.",
        patient: "Patient",
        applicant: "Applicant",
        received: "Received",
        applicantEmail: "Applicant's e-mail",
        applicantPhone: "Applicant's phone",
        waited: "Waiting",
        businessDays: { count in "\(count) business \(count == 1 ? "day" : "days")" },
        late: "Late",
        decidedHeading: "Latest decisions",
        statusName: { status in
            switch status {
            case .pending: "Waiting"
            case .approved: "Approved, invitation sent"
            case .rejected: "Rejected"
            }
        },
        approvedNotice: "Approved. The invitation is on its way to the applicant.",
        rejectedNotice: "Rejected. The applicant will get an e-mail with the reason.",
        requestTitle: "Account request",
        takenByOther:
            "Another HIM user decided this request a moment ago. Nothing was changed by your action; their decision is below.",
        approvedBy: { name, date in "Approved by \(name) on \(date)." },
        rejectedBy: { name, date, reason in "Rejected by \(name) on \(date): \(englishReasonName(reason))." },
        sharesAddress: "Address already in use",
        teenEmailHasAccount:
            "A portal account already uses this e-mail address, so a teen's own login cannot be sent to it: approving is refused. Ask the teen, by phone, for an address only they read, then reject this request and invite them at that address.",
        emailHasAccount: "A portal account already uses this e-mail address. The applicant was told nothing about it.",
        otherRequests: { count in "This e-mail address sent \(count) other \(count == 1 ? "request" : "requests")." },
        phoneMatchesParent:
            "The phone number matches one a parent or guardian gave for a patient with this date of birth. A teen's own account must be the teen's: confirm before approving.",
        emailMatchesParent: "A parent or guardian applied with this same e-mail address. A teen's own account cannot use it.",
        answersHeading: "What the applicant wrote",
        document: "Identity document",
        openDocument: "Download the identity document (each view is recorded)",
        documentDeleted: "Deleted after the retention period.",
        patientAccessLink: "See this patient's portal access and invitations",
        matchHeading: "Match and approve",
        searchLabel: "Name or record number",
        search: "Search records",
        noCandidates: "No patient record matches yet. Search by name and date of birth, or by record number.",
        candidatesLegend: "The patient's record",
        birthDateMatches: "date of birth matches",
        birthDateDiffers: "date of birth differs",
        zipMatches: "ZIP matches",
        zipDiffers: "ZIP differs",
        approve: "Approve and send the invitation",
        choosePatient: "Choose the patient's record before approving.",
        chooseRelationship: "Choose a relationship that fits who applied.",
        rejectHeading: "Reject",
        reason: "Reason",
        reasonHint: "The applicant's e-mail names this reason, in the words below, and nothing else.",
        reasonName: englishReasonName,
        reasonForApplicant: { reason in
            switch reason {
            case .documentUnreadable:
                "We could not read the identification you sent."
            case .identityNotVerified:
                "We could not confirm your identity from the identification you sent."
            case .noMatchingRecord:
                "We could not find a hospital record that matches your answers."
            case .notEntitled:
                "The hospital's rules do not allow this account for this record."
            case .duplicate:
                "We received another request for the same account and are handling that one."
            case .other:
                "Health Information Management could not approve it as sent."
            }
        },
        chooseReason: "Choose a reason.",
        explainOther: "For another reason, write a note saying what it is.",
        noteTooLong: "Keep the note under 1,000 characters.",
        note: "Note for HIM's records",
        noteHint: "Kept with the request; never sent to the applicant.",
        reject: "Reject the request"
    )
}

private let englishReasonName: @Sendable (EnrollmentRequest.RejectionReason) -> String = { reason in
    switch reason {
    case .documentUnreadable:
        "The identification could not be read"
    case .identityNotVerified:
        "The identification did not match the applicant"
    case .noMatchingRecord: "No matching patient record"
    case .notEntitled:
        "The applicant may not have access to this record"
    case .duplicate: "A duplicate of another request"
    case .other: "Another reason (explain in the note)"
    }
}
