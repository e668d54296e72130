import PortalCore
import PortalFHIR

extension CheckInText {
    static let english = CheckInText(
        title: "Check in online",
        titleFor: { visit in "Check in for the visit on \(visit)" },
        intro: { start in
            "Confirm or update these details before the visit. Each step is saved on its own: you can stop and come back until the visit starts (\(start))."
        },
        closed: "Online check-in opens 7 days before a visit and closes when it starts.",
        contactStep: "Contact details",
        notStarted: "Not started",
        savedOn: { moment in "Saved \(moment)" },
        partlySaved: { moment in "Started, some questions still to answer (saved \(moment))" },
        savedByPatient: { name in "Answered by \(name) from their own account" },
        start: { step in "Start: \(step)" },
        change: { step in "Review or change: \(step)" },
        finish: "Finish check-in",
        finishHint: "Finish once every step is saved. You can still change an answer until the visit starts.",
        saveEveryStep: "Save every step before finishing.",
        doneOn: { moment in "Check-in done \(moment). Thank you: the care team will see your answers." },
        offer: "Check in online",
        offerHint: { until in "Save time at the front desk: confirm contact details and answer a few questions before \(until)."
        },
        offerDone: "Checked in online",
        backToCheckIn: "Back to check-in",
        backToVisit: "Back to the visit",
        fixTheFields: "Some answers need a change: see the messages next to them.",
        saveAndContinue: "Save and continue",
        street: "Street address",
        city: "City",
        state: "State (2 letters)",
        zip: "ZIP code",
        homePhone: "Home phone",
        mobilePhone: "Mobile phone",
        email: "E-mail for notices",
        emailHint: "Reminders and notices go here. They never contain health information.",
        contactProblem: { problem in
            switch problem {
            case .required: "Fill this in."
            case .tooLong: "Keep it under \(CheckInContact.textLimit) characters."
            case .notAState: "Use the state's two letters, for example IL."
            case .notAZIP: "Enter a 5-digit ZIP code."
            case .notAPhone: "Enter a phone number with its area code, for example (312) 555-0140."
            case .notAnEmail: "Enter an e-mail address, for example name@example.org."
            case .onePhoneNeeded: "Give at least one phone number."
            }
        },
        partOf: { part, total in "Part \(part) of \(total)" },
        onlyIf: { question, answer in "Answer only if “\(question)” is “\(answer)”." },
        yes: "Yes",
        no: "No",
        privateNote: "Only you and your care team see these answers. Your parents do not.",
        answerProblem: { problem in
            switch problem {
            case .required: "Answer this question."
            case .notANumber: "Enter a whole number."
            case .notADate: "Enter a date."
            case .notYesOrNo: "Choose yes or no."
            case .unknownOption: "Choose one of the answers."
            case .oneAnswerOnly: "Give one answer."
            case .tooLong(let limit): "Keep it under \(limit) characters."
            }
        },
        stepLocked: { name in "\(name) answered this part from their own account, so it is theirs to change." },
        staffVisitsTitle: { department in "Online check-in: \(department)" },
        staffDone: { moment in "Check-in done \(moment)" },
        staffVisitsIntro: "Visits in the next 7 days and how far each family got with checking in online.",
        staffNoVisits: "No visits in the next 7 days.",
        staffBack: "Back to scheduling",
        staffPatient: "Patient",
        staffVisit: "Visit",
        staffProgress: "Check-in",
        staffCheckInTitle: "Online check-in",
        staffWithheld: "The patient answered a private screen. Only the care team's clinicians read it.",
        staffResponseLink: "Download as a FHIR QuestionnaireResponse",
        staffOpenCheckIn: "Online check-in answers",
        insuranceStep: "Insurance",
        insuranceIntro:
            "The front desk checks the insurance before the visit. A photo of each side of the card saves reading numbers out at the desk.",
        insurancePrivacyNote:
            "Worried that a statement from the insurance could tell your parents about a visit? Say so at the front desk or to your care team: they can help.",
        coverageQuestion: { name in "Does \(name) have health insurance?" },
        coverageQuestionOwn: "Do you have health insurance?",
        coverageChoice: { coverage in
            switch coverage {
            case .insured: "Yes"
            case .uninsured: "No, or we will pay ourselves"
            }
        },
        insuredOnly: "If insured: the card's details",
        payer: "Insurance company or plan",
        memberID: "Member ID",
        groupNumber: "Group number (if the card has one)",
        cardPhoto: { side in
            switch side {
            case .front: "Photo of the front of the card"
            case .back: "Photo of the back of the card"
            }
        },
        photoHint: "A photo (JPEG, PNG or HEIC, up to 10 MB). Only the front desk and health information staff see it.",
        photoSaved: "A photo is saved. Choose another only to replace it.",
        choosePhotoAgain: "Choose the photo again: a form sent back keeps no files.",
        insuranceProblem: { problem in
            switch problem {
            case .chooseOne: "Choose one."
            case .required: "Fill this in."
            case .tooLong: "This is longer than a card holds: check it."
            case .notAnID: "Type it as the card shows it: letters, numbers and hyphens."
            case .photoNeeded: "Add a photo of this side of the card."
            case .photoNotAnImage: "Choose a photo (JPEG, PNG or HEIC)."
            case .photoTooLarge: "This file is over 10 MB: take a smaller photo."
            case .photoUnreadable: "This file could not be read: take the photo again."
            }
        },
        reviewStep: "Allergies and medicines",
        reviewIntro: { name in
            "These are the allergies and medicines on file for \(name). Tell us whether each is still correct. Nothing changes in the record here: the care team reads your answers and updates it."
        },
        allergiesHeading: "Allergies",
        medicinesHeading: "Medicines",
        noAllergies: "No allergies on file.",
        noMedicines: "No medicines on file.",
        missingHeading: "Anything missing?",
        missingQuestion:
            "An allergy or a medicine that is not listed (including vitamins and medicines bought without a prescription): its name, the dose, and since when.",
        reviewNote: "Note for the care team (optional, needed for a change)",
        reviewAnswer: { kind, answer in
            switch (kind, answer) {
            case (.allergy, .current): "Still correct"
            case (.allergy, .noLonger): "No longer has this allergy"
            case (.medication, .current): "Still taking it as listed"
            case (.medication, .noLonger): "No longer taking it"
            case (_, .needsChange): "Something needs changing (say what in the note)"
            }
        },
        reviewProblem: { problem in
            switch problem {
            case .chooseOne: "Choose one."
            case .explainChange: "Say in the note what needs changing."
            case .tooLong(let limit): "Keep it under \(limit) characters."
            }
        },
        staffUninsured: "No insurance, or the family pays: talk about payment at the visit.",
        staffNothingOnFile: "Nothing was on file to review.",
        staffVisitWithheld: "This visit is confidential: its answers are for the care team's clinicians.",
        staffNeedsChange: "Needs a change",
        fromOwnAccount: { step, name in "\(step): from \(name)'s own account" },
        staffRecordWithheld: "Saved. Allergies and medicines are part of the record: the care team's clinicians read them.")
}
