import PortalCore

extension SharingText {
    static let english = SharingText(
        title: "Share with a school or camp",
        titleFor: { name in "Share \(name)'s records with a school or camp" },
        explanation:
            "Make a code for a school nurse, a camp or a coach. With the code and the date of birth they can see and print one record, read-only, until the code ends. Nothing confidential is ever shared. You see every use here and can stop a code at any time.",
        teenDecides: { name in
            "\(name) decides what is shared from their record. They can make a code from their own account."
        },
        newCode: "Make a new code",
        whatToShare: "What to share",
        kindName: { kind in
            switch kind {
            case .immunizations: "Immunization record"
            case .healthSummary: "Health summary"
            }
        },
        kindHint: { kind in
            switch kind {
            case .immunizations: "The vaccines given, with dates: what schools ask for."
            case .healthSummary: "Allergies, current medicines and vaccines: what a camp nurse needs."
            }
        },
        validFor: "Valid for",
        validUntil: "Valid until",
        days: { count in count == 1 ? "1 day" : "\(count) days" },
        note: "Who is it for? (optional)",
        noteHint: "For example \"Lincoln Elementary\". Only your family sees this.",
        create: "Make the code",
        chooseKind: "Choose what to share.",
        noteTooLong: "Keep the note under 80 characters.",
        tooManyActive: { limit in "There are already \(limit) codes in use for this record. Stop one before making another." },
        alreadyMade:
            "This form already made a code, shown once when it was made; it is listed below. If it was not written down, stop it and make another.",
        yourCodes: "Codes",
        noCodes: "No codes yet.",
        codeEnding: { ending in "Code ending in \(ending)" },
        activeUntil: { moment in "In use until \(moment)" },
        expiredOn: { moment in "Ended \(moment)" },
        revokedOn: { moment in "Stopped \(moment)" },
        lockedOn: { moment in "Locked \(moment) after too many wrong dates of birth" },
        madeBy: { name in "Made by \(name)" },
        madeOn: { moment in "Made \(moment)" },
        notUsed: "Not used yet.",
        usesCaption: "Every time the code was tried",
        when: "When",
        browser: "Browser",
        outcome: "Result",
        outcomeText: { outcome in
            switch outcome {
            case "viewed": "Record viewed"
            case "wrong_birth_date": "Wrong date of birth"
            case "locked": "Refused: the code is locked"
            default: "Refused: the code no longer opens"
            }
        },
        revokeLabel: { ending in "Stop the code ending in \(ending)" },
        unknownBrowser: "Unknown browser",
        codeCreated: "Your code",
        giveThis: { name, address in
            "Give this code and \(name)'s date of birth to the school nurse. They enter both at \(address)."
        },
        shownOnce: "Write the code down or print this page now: for your safety it is not shown again.",
        backToCodes: "Back to the codes",
        openTitle: "Open a shared record",
        openExplanation: { hospital in
            "A family gave you a code to see a record from \(hospital). Enter it with the patient's date of birth."
        },
        codeLabel: "Code",
        codeHint: "12 letters and digits, for example ABCD-EFGH-JKMN.",
        birthDateLabel: "Patient's date of birth",
        open: "Open the record",
        codeUnreadable: "Enter the 12 letters and digits of the code.",
        birthDateUnreadable: "Enter the date of birth.",
        noMatch: "That code and date of birth do not open a record. Check both with the family.",
        wrongBirthDate: { left in
            left == 1
                ? "That date of birth does not match. 1 more wrong try locks the code."
                : "That date of birth does not match. \(left) more wrong tries lock the code."
        },
        codeLocked: "This code is locked after too many wrong dates of birth. Ask the family for a new code.",
        codeClosed: "This code no longer opens a record. Ask the family for a new one.",
        tooManyTries: { minutes in "Too many tries from this network. Try again in \(minutes) minutes." },
        sharedNotice: { ending, until in
            "Shared by the family with the code ending in \(ending), until \(until). Read-only; print it if you need a copy."
        },
        openAnother: "Open another code",
        signInLink: "Have a code from a family? Open a shared record")
}
