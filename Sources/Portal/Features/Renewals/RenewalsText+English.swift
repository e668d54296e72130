import PortalCore

extension RenewalsText {
    static let english = RenewalsText(
        requestOf: { medicine in "Request a renewal of \(medicine)" },
        titleFor: { medicine in "Renew \(medicine)" },
        backToMedications: "Medications",
        intro: { team, days, date in
            "The request goes to \(team), who answer within \(days) business days (by \(date)). If your child will run out sooner, call the pharmacy or the clinic."
        },
        prescribersTeam: "the prescriber's care team",
        pharmacy: "Pharmacy",
        otherPharmacy: "Another pharmacy",
        newPharmacy: "Another pharmacy: name and address",
        newPharmacyHint: "Only if you chose Another pharmacy. Up to 200 characters.",
        daysLeft: "Days of medicine left",
        daysLeftHint: "About how many days it will last, from 0 to 90.",
        comment: "Comment (optional)",
        commentHint: "Up to 500 characters.",
        send: "Send renewal request",
        sent: "Your renewal request was sent to the care team.",
        notActive:
            "This medicine is no longer active, so there is nothing to renew. Write to the care team if your child still needs it.",
        notRenewableHere:
            "The hospital renews this medicine only after talking with you, so it cannot be requested here. Send the care team a message instead.",
        alreadyRequested: "A renewal of this medicine was already requested and is waiting for the care team.",
        noCareTeam: "No care team can take renewals for this patient in the portal yet. Please call the clinic.",
        seeRequest: "See the request",
        seeRequestFor: { medicine in "See the renewal request for \(medicine)" },
        writeMessage: "Write to the care team",
        choosePharmacy: "Choose a pharmacy.",
        pharmacyNeeded: "Write the other pharmacy's name and address.",
        pharmacyTooLong: "Keep the pharmacy under 200 characters.",
        daysInvalid: "Enter a number of days from 0 to 90.",
        commentTooLong: "The comment is longer than 500 characters.",
        status: { status in
            switch status {
            case .open: "Renewal requested: waiting for the care team"
            case .approved: "Renewal approved"
            case .denied: "Renewal not approved"
            case .needsVisit: "A visit is needed first"
            }
        },
        approvedWith: { refills, pharmacy in
            refills == 1
                ? "Approved with 1 refill, sent to \(pharmacy)."
                : "Approved with \(refills) refills, sent to \(pharmacy)."
        },
        needsVisitIntro: "The clinician would like to see your child before renewing. Request an appointment or call the clinic.",
        requestAppointment: "Request an appointment",
        requestTitle: "Renewal request",
        medicine: "Medicine",
        sentOn: "Sent",
        noteFromTeam: "Note from the care team",
        waitingCount: { count in
            count == 1
                ? "1 renewal request"
                : "\(count) renewal requests"
        },
        queueHeading: "Renewal requests",
        noneWaiting: "No renewal is waiting.",
        requestedBy: "Requested by",
        currentRefills: "Refills on the current order",
        approve: "Approve",
        refills: "Refills",
        refillsHint: "From 0 to 11.",
        deny: "Deny",
        needsVisit: "Needs a visit",
        noteForFamily: "Note for the family",
        noteHint: { required in
            required
                ? "The family reads this. Required."
                : "The family reads this. Optional."
        },
        commentLabel: "Comment",
        refillsInvalid: "Choose between 0 and 11 refills.",
        noteNeeded: "Write the reason the family will read.",
        alreadyDecided: "This renewal was already decided.",
        decided: "Done. The family was told."
    )
}
