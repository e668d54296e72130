import PortalCore

extension GrantToolsText {
    static let english = GrantToolsText(
        searchTitle: "Find a patient",
        searchLabel: "Medical record number or name",
        search: "Search",
        noMatches: "No patient matches.",
        searchTooShort: "Enter a record number or at least 2 letters of a name.",
        endedAtEighteenTitle: "Parent access that ended at 18 in the last 30 days",
        noneEnded: "No parent access ended at 18 in the last 30 days.",
        endedOn: { date in "ended on the 18th birthday, \(date)" },
        accessHeading: "Portal access",
        noGrants: "No portal account has ever had access to this record.",
        account: "Account",
        relationship: "Relationship",
        kind: "Kind",
        dates: "Dates",
        status: "Status",
        recordedBy: "Recorded by",
        reason: "Reason",
        document: "Supporting document",
        openDocument: "Open document",
        enrollment: "Enrollment",
        courtOrdered: "court ordered",
        from: { start, end in end.map { "\(start) to \($0)" } ?? "from \(start)" },
        relationshipName: { relationship in
            switch relationship {
            case .self: "The patient"
            case .parent: "Parent"
            case .legalGuardian: "Legal guardian"
            case .other: "Other authorized person"
            }
        },
        kindName: { kind in
            switch kind {
            case .ordinary: "Ordinary (age rules)"
            case .adultGuardianship:
                "Guardianship or conservatorship of an adult"
            case .adultAuthorization:
                "Adult patient's written authorization"
            case .adolescentLacksCapacity:
                "Parent of a 12-17-year-old who lacks capacity"
            }
        },
        revokedBy: "Revoked by",
        revoke: "Revoke",
        revokeReason: "Reason for revoking",
        revokeReasonRequired: "Write why this access is being revoked.",
        revoked: "Access revoked. The account lost access to this record with its next request.",
        added: "Special circumstance recorded.",
        addHeading: "Record a special circumstance",
        addIntro:
            "Use this only with a supporting document: a court order of guardianship or conservatorship, the adult patient's signed authorization, or the clinician's determination that a 12-17-year-old lacks capacity.",
        memberEmail: "Sign-in e-mail of the person's portal account",
        firstDay: "First day",
        lastDay: "Last day",
        dateHint: "For example 2027-03-31",
        courtOrderedLabel: "A court order sets this period (an authorization may then run past 18 months)",
        documentHint: "JPEG, PNG, HEIC or PDF, up to 10 MB. Stored encrypted; only HIM can open it.",
        record: "Record special circumstance",
        inviteHeading: "Invite to the portal",
        inviteIntro:
            "Sends a single-use link, valid for 90 days, that asks for the patient's ZIP code and date of birth. A new invitation to the same person replaces the old link.",
        inviteEmail: "E-mail address to invite",
        sendInvitation: "Send invitation",
        invited: "Invitation sent.",
        inviteProblem: { problem in
            switch problem {
            case .badEmail: "Enter a plain e-mail address, such as name@example.org."
            case .notAllowedAtThisAge:
                "The age rules do not allow that: a patient's own account from age 12, a parent's or guardian's until 18."
            case .emailUsedByOtherSide:
                "A patient's own account and a parent's or guardian's account may not share an e-mail address, and this address is already on the other side. Ask for an address only that person reads."
            case .emailHasAccount:
                "This address already has a portal account, so it cannot be a patient's own sign-in. Ask the patient for an address only they read."
            }
        },
        invitationState: { state in
            switch state {
            case .usable: "waiting to be used"
            case .used: "used"
            case .replaced: "replaced by a newer one"
            case .expired: "expired"
            case .locked: "locked after wrong answers"
            }
        },
        grantStatus: { status in
            switch status {
            case .inForce: "In force"
            case .notYetStarted(let day): "Starts on \(DateText.long(day, language: .english))"
            case .ended(let day): "Ended; last day \(DateText.long(day, language: .english))"
            case .endedAtEighteen(let birthday): "Ended at 18 on \(DateText.long(birthday, language: .english))"
            case .revoked: "Revoked"
            case .noAccessAtThisAge: "Gives no access at the patient's current age"
            }
        },
        specialCircumstanceProblem: { problem in
            switch problem {
            case .chooseKind, .rule(.notASpecialCircumstance):
                "Choose which special circumstance this is."
            case .chooseRelationship:
                "Choose the person's relationship to the patient."
            case .rule(.relationshipNotAllowed):
                "For a 12-17-year-old who lacks capacity, the person must be a parent or legal guardian."
            case .rule(.wrongAgeBand(.adolescent)):
                "This circumstance is for a patient aged 12 to 17; this patient is not."
            case .rule(.wrongAgeBand):
                "This circumstance is for a patient aged 18 or older; this patient is not."
            case .memberNotFound:
                "No active portal account uses that e-mail address. The person needs an account first."
            case .patientsOwnAccount:
                "That account is the patient's own; it cannot also be a proxy for them."
            case .badDate:
                "Enter the dates as YYYY-MM-DD, for example 2027-03-31."
            case .rule(.endRequired):
                "Every special circumstance needs a last day."
            case .rule(.endNotAfterStart):
                "The last day must not be before the first day."
            case .rule(.endsInThePast):
                "That last day has already passed."
            case .rule(.authorizationTooLong(let latest)):
                "Without a court order, an adult's written authorization lasts at most 18 months: the last day may be \(DateText.long(latest.adding(days: -1), language: .english)) at the latest."
            case .rule(.reasonRequired):
                "Write the reason for this access."
            case .reasonTooLong:
                "Keep the reason under 1,000 characters."
            case .rule(.documentRequired), .upload(.empty):
                "Attach the supporting document (JPEG, PNG, HEIC or PDF up to 10 MB)."
            case .upload(.tooLarge):
                "The document is larger than 10 MB."
            case .upload(.unsupportedKind):
                "That file is not a JPEG, PNG, HEIC or PDF. Scan or photograph the document and try again."
            case .upload(.unreadableImage):
                "That image could not be read; it may be damaged. Try another copy."
            }
        },
        unreadable: "Unreadable"
    )
}
